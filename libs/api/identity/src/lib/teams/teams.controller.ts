import {
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Patch,
  Post,
  Put,
  Req,
} from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { z } from 'zod';
import {
  Auth,
  type AuthenticatedRequest,
  type Authentication,
  ParseIdPipe,
  RequirePermission,
  ValidBody,
  errorBodyOpenApi,
  openApiSchema,
} from '@leerruimte/api-core';
import {
  type AuditEntry,
  type ChangeRoleRequest,
  type CreateTeamRequest,
  type PrivacyAllowances,
  type TeamMember,
  type TeamSummary,
  auditEntrySchema,
  changeRoleRequestSchema,
  createTeamRequestSchema,
  privacyAllowancesSchema,
  teamMemberSchema,
  teamSummarySchema,
} from '@leerruimte/shared-contracts';
import { AuditLog } from '@leerruimte/api-identity-data';
import { TeamsService } from './teams.service';

@ApiTags('identity')
@Controller()
export class TeamsController {
  constructor(
    private readonly teams: TeamsService,
    private readonly audit: AuditLog,
  ) {}

  @Get('organisations/:organisationId/teams')
  @RequirePermission('organisation.manage', 'organisationId')
  @ApiOkResponse({ schema: openApiSchema(z.array(teamSummarySchema)) })
  list(@Param('organisationId', ParseIdPipe) organisationId: string): Promise<TeamSummary[]> {
    return this.teams.list(organisationId);
  }

  @Post('organisations/:organisationId/teams')
  @RequirePermission('organisation.manage', 'organisationId')
  @ApiCreatedResponse({ schema: openApiSchema(teamSummarySchema) })
  @ApiConflictResponse({ description: 'A team with this name exists', schema: errorBodyOpenApi })
  create(
    @Param('organisationId', ParseIdPipe) organisationId: string,
    @ValidBody(createTeamRequestSchema) request: CreateTeamRequest,
    @Auth() auth: Authentication,
    @Req() http: AuthenticatedRequest,
  ): Promise<TeamSummary> {
    return this.teams.create(organisationId, request, { userId: auth.userId, ip: http.ip });
  }

  @Get('teams/:teamId/members')
  @RequirePermission('team.view', 'teamId')
  @ApiOkResponse({ schema: openApiSchema(z.array(teamMemberSchema)) })
  members(@Param('teamId', ParseIdPipe) teamId: string): Promise<TeamMember[]> {
    return this.teams.members(teamId);
  }

  @Get('teams/:teamId/privacy-allowances')
  @RequirePermission('team.view', 'teamId')
  @ApiOkResponse({
    description: 'What the team knows is not client data; the privacy guard skips it',
    schema: openApiSchema(privacyAllowancesSchema),
  })
  privacyAllowances(@Param('teamId', ParseIdPipe) teamId: string): Promise<PrivacyAllowances> {
    return this.teams.privacyAllowances(teamId);
  }

  @Put('teams/:teamId/privacy-allowances')
  @RequirePermission('team.lead', 'teamId')
  @ApiOkResponse({
    description: 'The list replaced; what was left out is guarded again',
    schema: openApiSchema(privacyAllowancesSchema),
  })
  savePrivacyAllowances(
    @Param('teamId', ParseIdPipe) teamId: string,
    @ValidBody(privacyAllowancesSchema) request: PrivacyAllowances,
  ): Promise<PrivacyAllowances> {
    return this.teams.savePrivacyAllowances(teamId, request);
  }

  @Patch('teams/:teamId/members/:userId')
  @RequirePermission('team.manage_members', 'teamId')
  @ApiOkResponse({ schema: openApiSchema(teamMemberSchema) })
  changeRole(
    @Param('teamId', ParseIdPipe) teamId: string,
    @Param('userId', ParseIdPipe) userId: string,
    @ValidBody(changeRoleRequestSchema) request: ChangeRoleRequest,
    @Auth() auth: Authentication,
    @Req() http: AuthenticatedRequest,
  ): Promise<TeamMember> {
    return this.teams.changeRole(teamId, userId, request.role, {
      userId: auth.userId,
      ip: http.ip,
    });
  }

  @Delete('teams/:teamId/members/:userId')
  @RequirePermission('team.manage_members', 'teamId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Removed from the team' })
  remove(
    @Param('teamId', ParseIdPipe) teamId: string,
    @Param('userId', ParseIdPipe) userId: string,
    @Auth() auth: Authentication,
    @Req() http: AuthenticatedRequest,
  ): Promise<void> {
    return this.teams.remove(teamId, userId, { userId: auth.userId, ip: http.ip });
  }

  @Get('organisations/:organisationId/audit-log')
  @RequirePermission('organisation.manage', 'organisationId')
  @ApiOkResponse({ schema: openApiSchema(z.array(auditEntrySchema)) })
  auditLog(@Param('organisationId', ParseIdPipe) organisationId: string): Promise<AuditEntry[]> {
    return this.audit.forOrganisation(organisationId);
  }
}
