import {
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Patch,
  Post,
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
  type TeamMember,
  type TeamSummary,
  auditEntrySchema,
  changeRoleRequestSchema,
  createTeamRequestSchema,
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
