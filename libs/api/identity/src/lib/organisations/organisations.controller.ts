import { Controller, Get, Post, Req } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import {
  Auth,
  type AuthenticatedRequest,
  type Authentication,
  RequirePermission,
  ValidBody,
  errorBodyOpenApi,
  openApiSchema,
} from '@leerruimte/api-core';
import {
  type CreateOrganisationRequest,
  type OrganisationSummary,
  createOrganisationRequestSchema,
  organisationSummarySchema,
} from '@leerruimte/shared-contracts';
import { OrganisationsService } from './organisations.service';

@ApiTags('platform')
@Controller('admin/organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Get()
  @RequirePermission('platform.manage')
  @ApiOkResponse({ schema: openApiSchema(z.array(organisationSummarySchema)) })
  list(): Promise<OrganisationSummary[]> {
    return this.organisations.list();
  }

  @Post()
  @RequirePermission('platform.manage')
  @ApiCreatedResponse({ schema: openApiSchema(organisationSummarySchema) })
  @ApiConflictResponse({ description: 'The name is taken', schema: errorBodyOpenApi })
  create(
    @ValidBody(createOrganisationRequestSchema)
    request: CreateOrganisationRequest,
    @Auth() auth: Authentication,
    @Req() http: AuthenticatedRequest,
  ): Promise<OrganisationSummary> {
    return this.organisations.create(request, { userId: auth.userId, ip: http.ip });
  }
}
