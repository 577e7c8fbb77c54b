import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import {
  ApiConflictResponse,
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
  errorBodyOpenApi,
  openApiSchema,
} from '@leerruimte/api-core';
import { RateLimiter } from '@leerruimte/api-infrastructure';
import {
  type Certificate,
  type CertificateVerification,
  certificateSchema,
  certificateVerificationSchema,
  verificationCodeSchema,
} from '@leerruimte/shared-contracts';
import { learningErrors } from '../learning.errors';
import { Certificates } from './certificates';

/** Enough for a person checking a pile of certificates; far too few to search the code space. */
const verificationsPerIp = { bucket: 'certificate-verify:ip', limit: 60, windowSeconds: 600 };

@ApiTags('learning')
@Controller()
export class CertificatesController {
  constructor(
    private readonly certificates: Certificates,
    private readonly rateLimit: RateLimiter,
  ) {}

  @Get('learning/me/certificates')
  @LoggedIn()
  @ApiOkResponse({ schema: openApiSchema(z.array(certificateSchema)) })
  mine(@Auth() auth: Authentication): Promise<Certificate[]> {
    return this.certificates.mine(auth.userId);
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
