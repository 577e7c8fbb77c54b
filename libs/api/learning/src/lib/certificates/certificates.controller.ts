import {
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Post,
  Put,
  Req,
  Res,
} from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import {
  Auth,
  type AuthenticatedRequest,
  type Authentication,
  LoggedIn,
  ParseIdPipe,
  Public,
  RequirePermission,
  ValidBody,
  ValidQuery,
  errorBodyOpenApi,
  openApiSchema,
} from '@leerruimte/api-core';
import { RateLimiter } from '@leerruimte/api-infrastructure';
import {
  type AccreditationRequest,
  type Certificate,
  type CertificateVerification,
  type LeerverslagQuery,
  leerverslagQuerySchema,
  localeFromAcceptLanguage,
  type ModuleAccreditationView,
  type OrganisationCertificate,
  type ReissueCertificateRequest,
  type RevokeCertificateRequest,
  accreditationRequestSchema,
  certificateSchema,
  certificateVerificationSchema,
  moduleAccreditationSchema,
  organisationCertificateSchema,
  reissueCertificateRequestSchema,
  revokeCertificateRequestSchema,
  verificationCodeSchema,
} from '@leerruimte/shared-contracts';
import { learningErrors } from '../learning.errors';
import { Certificates } from './certificates';
import { OrganisationLearning } from './organisation-learning';
import { LeerverslagBuilder, leerverslagCsv } from '../leerverslag/leerverslag';
import { leerverslagPdf } from '../leerverslag/leerverslag-pdf';

/** Enough for a person checking a pile of certificates; far too few to search the code space. */
const verificationsPerIp = { bucket: 'certificate-verify:ip', limit: 60, windowSeconds: 600 };

@ApiTags('learning')
@Controller()
export class CertificatesController {
  constructor(
    private readonly certificates: Certificates,
    private readonly organisations: OrganisationLearning,
    private readonly leerverslagen: LeerverslagBuilder,
    private readonly rateLimit: RateLimiter,
  ) {}

  @Get('organisations/:organisationId/accreditations')
  @RequirePermission('organisation.manage', 'organisationId')
  @ApiOkResponse({ schema: openApiSchema(z.array(moduleAccreditationSchema)) })
  accreditations(
    @Param('organisationId', ParseIdPipe) organisationId: string,
  ): Promise<ModuleAccreditationView[]> {
    return this.organisations.accreditations(organisationId);
  }

  @Put('organisations/:organisationId/accreditations/:moduleSlug')
  @RequirePermission('organisation.manage', 'organisationId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Certificates earned from now on carry it' })
  @ApiNotFoundResponse({ description: 'No such module', schema: errorBodyOpenApi })
  accredit(
    @Param('organisationId', ParseIdPipe) organisationId: string,
    @Param('moduleSlug') moduleSlug: string,
    @ValidBody(accreditationRequestSchema) request: AccreditationRequest,
    @Auth() auth: Authentication,
    @Req() http: AuthenticatedRequest,
  ): Promise<void> {
    return this.organisations.accredit(organisationId, moduleSlug, request, {
      userId: auth.userId,
      ip: http.ip,
    });
  }

  @Delete('organisations/:organisationId/accreditations/:moduleSlug')
  @RequirePermission('organisation.manage', 'organisationId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Certificates earned from now on carry none' })
  @ApiNotFoundResponse({ description: 'No such module', schema: errorBodyOpenApi })
  removeAccreditation(
    @Param('organisationId', ParseIdPipe) organisationId: string,
    @Param('moduleSlug') moduleSlug: string,
    @Auth() auth: Authentication,
    @Req() http: AuthenticatedRequest,
  ): Promise<void> {
    return this.organisations.removeAccreditation(organisationId, moduleSlug, {
      userId: auth.userId,
      ip: http.ip,
    });
  }

  @Get('organisations/:organisationId/certificates')
  @RequirePermission('organisation.manage', 'organisationId')
  @ApiOkResponse({ schema: openApiSchema(z.array(organisationCertificateSchema)) })
  organisationCertificates(
    @Param('organisationId', ParseIdPipe) organisationId: string,
  ): Promise<OrganisationCertificate[]> {
    return this.organisations.certificates(organisationId);
  }

  @Post('organisations/:organisationId/certificates/:certificateId/reissue')
  @RequirePermission('organisation.manage', 'organisationId')
  @ApiCreatedResponse({
    description: 'The new certificate; the old one says vervangen from now on',
    schema: openApiSchema(z.object({ id: z.uuid() })),
  })
  @ApiNotFoundResponse({
    description: 'Not a certificate of this organisation',
    schema: errorBodyOpenApi,
  })
  @ApiConflictResponse({ description: 'Already revoked or replaced', schema: errorBodyOpenApi })
  async reissue(
    @Param('organisationId', ParseIdPipe) organisationId: string,
    @Param('certificateId', ParseIdPipe) certificateId: string,
    @ValidBody(reissueCertificateRequestSchema) request: ReissueCertificateRequest,
    @Auth() auth: Authentication,
    @Req() http: AuthenticatedRequest,
  ): Promise<{ id: string }> {
    const id = await this.organisations.reissue(organisationId, certificateId, request.holderName, {
      userId: auth.userId,
      ip: http.ip,
    });
    return { id };
  }

  @Post('organisations/:organisationId/certificates/:certificateId/revoke')
  @RequirePermission('organisation.manage', 'organisationId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Revoked; the public page says so from now on' })
  @ApiNotFoundResponse({
    description: 'Not a certificate of this organisation',
    schema: errorBodyOpenApi,
  })
  @ApiConflictResponse({ description: 'Already revoked or replaced', schema: errorBodyOpenApi })
  revoke(
    @Param('organisationId', ParseIdPipe) organisationId: string,
    @Param('certificateId', ParseIdPipe) certificateId: string,
    @ValidBody(revokeCertificateRequestSchema) request: RevokeCertificateRequest,
    @Auth() auth: Authentication,
    @Req() http: AuthenticatedRequest,
  ): Promise<void> {
    return this.organisations.revoke(organisationId, certificateId, request.reason, {
      userId: auth.userId,
      ip: http.ip,
    });
  }

  @Get('learning/me/certificates')
  @LoggedIn()
  @ApiOkResponse({ schema: openApiSchema(z.array(certificateSchema)) })
  mine(@Auth() auth: Authentication): Promise<Certificate[]> {
    return this.certificates.mine(auth.userId);
  }

  @Get('learning/me/leerverslag')
  @LoggedIn()
  @ApiProduces('application/pdf', 'text/csv')
  @ApiOkResponse({
    description:
      'The leerverslag for re-registration: every learning activity of the period, with its duration, points and accreditation; reflections only by topic',
  })
  async leerverslag(
    @Auth() auth: Authentication,
    @ValidQuery(leerverslagQuerySchema, {
      format: { description: 'pdf or csv' },
    })
    query: LeerverslagQuery,
    @Req() http: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer | string> {
    const locale = localeFromAcceptLanguage(http.headers['accept-language']);
    const report = await this.leerverslagen.build(auth.userId, query.from, query.to);
    const file = `leerverslag-${query.from}-${query.to}.${query.format}`;
    void reply
      .header(
        'content-type',
        query.format === 'pdf' ? 'application/pdf' : 'text/csv; charset=utf-8',
      )
      .header('content-disposition', `attachment; filename="${file}"`);
    return query.format === 'pdf' ? leerverslagPdf(report, locale) : leerverslagCsv(report, locale);
  }

  @Get('learning/me/certificates/:certificateId/pdf')
  @LoggedIn()
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The certificate as it was made the day it was earned' })
  @ApiNotFoundResponse({ description: 'Not your certificate', schema: errorBodyOpenApi })
  @ApiConflictResponse({ description: 'The PDF is still being made', schema: errorBodyOpenApi })
  async pdf(
    @Auth() auth: Authentication,
    @Param('certificateId', ParseIdPipe) certificateId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const { pdf, certificate } = await this.certificates.pdf(auth.userId, certificateId);
    void reply
      .header('content-type', 'application/pdf')
      .header(
        'content-disposition',
        `attachment; filename="certificaat-${certificate.moduleSlug}.pdf"`,
      );
    return pdf;
  }

  /** The public check behind the QR code: name, module, date and status, nothing else. */
  @Get('certificates/:code')
  @Public()
  @ApiOkResponse({ schema: openApiSchema(certificateVerificationSchema) })
  @ApiNotFoundResponse({ description: 'No certificate with this code', schema: errorBodyOpenApi })
  @ApiTooManyRequestsResponse({
    description: 'Too many checks from here',
    schema: errorBodyOpenApi,
  })
  async verify(
    @Param('code') code: string,
    @Req() http: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CertificateVerification> {
    void reply.header('x-robots-tag', 'noindex, nofollow');
    await this.rateLimit.consume(verificationsPerIp, http.ip);
    if (!verificationCodeSchema.safeParse(code).success) throw learningErrors.certificateNotFound();
    return this.certificates.verify(code);
  }
}
