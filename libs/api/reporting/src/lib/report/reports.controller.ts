import {
  Controller,
  Get,
  Headers,
  HttpCode,
  HttpStatus,
  Param,
  Post,
  Put,
  Req,
  Res,
} from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  Auth,
  type AuthenticatedRequest,
  type Authentication,
  ParseIdPipe,
  LedTeams,
  type QueryParameterDocs,
  RequirePermission,
  ValidBody,
  ValidQuery,
  openApiSchema,
  preferredCoding,
} from '@leerruimte/api-core';
import {
  type Report,
  type ReportExport,
  type ReportExportRequest,
  type ReportQuery,
  type ReportSettings,
  localeFromAcceptLanguage,
  reportExportRequestSchema,
  reportExportSchema,
  reportQuerySchema,
  reportSchema,
  reportSettingsSchema,
} from '@leerruimte/shared-contracts';
import { type ExportScope, ReportExports } from '../export/report-exports';
import { ReportService } from './report.service';

const ORGANISATION = 'organisations/:organisationId';
const TEAM = 'teams/:teamId';

const period: QueryParameterDocs<typeof reportQuerySchema> = {
  from: { description: 'First month, YYYY-MM' },
  to: { description: 'Last month, YYYY-MM' },
};

/**
 * Teamontwikkeling: an organisation's admins see every team and the whole; a team lead sees
 * their own team. Figures from too few people are suppressed; no individual answer is read.
 */
@ApiTags('reporting')
@Controller()
export class ReportsController {
  constructor(
    private readonly reports: ReportService,
    private readonly exports: ReportExports,
  ) {}

  @Get(`${ORGANISATION}/reports/team-development`)
  @RequirePermission('organisation.manage', 'organisationId')
  @ApiOkResponse({ schema: openApiSchema(reportSchema) })
  async organisationReport(
    @Param('organisationId', ParseIdPipe) organisationId: string,
    @ValidQuery(reportQuerySchema, period) query: ReportQuery,
    @LedTeams() ledTeams: ReadonlySet<string>,
    @Headers('accept-encoding') acceptEncoding: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    return this.send(
      reply,
      acceptEncoding,
      await this.reports.report(organisationId, query, undefined, { ledTeams }),
    );
  }

  @Get(`${ORGANISATION}/reports/team-development/months`)
  @RequirePermission('organisation.manage', 'organisationId')
  @ApiOkResponse({
    description: 'Every team with its figures per month: the participation overview',
    schema: openApiSchema(reportSchema),
  })
  async organisationMonths(
    @Param('organisationId', ParseIdPipe) organisationId: string,
    // All teams side by side, month by month; one team is the report itself.
    @ValidQuery(reportQuerySchema, { ...period, teamId: false }) query: ReportQuery,
    @LedTeams() ledTeams: ReadonlySet<string>,
    @Headers('accept-encoding') acceptEncoding: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    return this.send(
      reply,
      acceptEncoding,
      await this.reports.report(organisationId, { ...query, teamId: undefined }, undefined, {
        everyMonth: true,
        ledTeams,
      }),
    );
  }

  @Get(`${TEAM}/reports/team-development`)
  @RequirePermission('team.lead', 'teamId')
  @ApiOkResponse({ schema: openApiSchema(reportSchema) })
  async teamReport(
    @Param('teamId', ParseIdPipe) teamId: string,
    // The path names the team; a teamId in the query is not read.
    @ValidQuery(reportQuerySchema, { ...period, teamId: false }) query: ReportQuery,
    @Headers('accept-encoding') acceptEncoding: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const organisationId = await this.reports.teamOrganisation(teamId);
    return this.send(
      reply,
      acceptEncoding,
      await this.reports.report(organisationId, query, teamId),
    );
  }

  @Get(`${ORGANISATION}/report-settings`)
  @RequirePermission('organisation.manage', 'organisationId')
  @ApiOkResponse({ schema: openApiSchema(reportSettingsSchema) })
  settings(@Param('organisationId', ParseIdPipe) organisationId: string): Promise<ReportSettings> {
    return this.reports.settings(organisationId);
  }

  @Put(`${ORGANISATION}/report-settings`)
  @RequirePermission('organisation.manage', 'organisationId')
  @ApiOkResponse({ schema: openApiSchema(reportSettingsSchema) })
  updateSettings(
    @Param('organisationId', ParseIdPipe) organisationId: string,
    @ValidBody(reportSettingsSchema) settings: ReportSettings,
  ): Promise<ReportSettings> {
    return this.reports.updateSettings(organisationId, settings);
  }

  @Post(`${ORGANISATION}/report-exports`)
  @RequirePermission('organisation.manage', 'organisationId')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiAcceptedResponse({
    description: 'Made by the worker',
    schema: openApiSchema(reportExportSchema),
  })
  requestOrganisationExport(
    @Auth() auth: Authentication,
    @Param('organisationId', ParseIdPipe) organisationId: string,
    @ValidBody(reportExportRequestSchema) request: ReportExportRequest,
    @Req() http: AuthenticatedRequest,
  ): Promise<ReportExport> {
    return this.exports.request(
      { kind: 'organisation', organisationId },
      auth.userId,
      request,
      localeFromAcceptLanguage(http.headers['accept-language']),
    );
  }

  @Get(`${ORGANISATION}/report-exports/:exportId`)
  @RequirePermission('organisation.manage', 'organisationId')
  @ApiOkResponse({ schema: openApiSchema(reportExportSchema) })
  organisationExport(
    @Param('organisationId', ParseIdPipe) organisationId: string,
    @Param('exportId', ParseIdPipe) exportId: string,
  ): Promise<ReportExport> {
    return this.exports.status({ kind: 'organisation', organisationId }, exportId);
  }

  @Get(`${ORGANISATION}/report-exports/:exportId/file`)
  @RequirePermission('organisation.manage', 'organisationId')
  @ApiProduces(
    'text/csv',
    'application/pdf',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  )
  @ApiOkResponse({ description: 'The file, once ready' })
  organisationExportFile(
    @Param('organisationId', ParseIdPipe) organisationId: string,
    @Param('exportId', ParseIdPipe) exportId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    return this.download({ kind: 'organisation', organisationId }, exportId, reply);
  }

  @Post(`${TEAM}/report-exports`)
  @RequirePermission('team.lead', 'teamId')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiAcceptedResponse({
    description: 'Made by the worker',
    schema: openApiSchema(reportExportSchema),
  })
  async requestTeamExport(
    @Auth() auth: Authentication,
    @Param('teamId', ParseIdPipe) teamId: string,
    @ValidBody(reportExportRequestSchema) request: ReportExportRequest,
    @Req() http: AuthenticatedRequest,
  ): Promise<ReportExport> {
    return this.exports.request(
      await this.teamScope(teamId),
      auth.userId,
      request,
      localeFromAcceptLanguage(http.headers['accept-language']),
    );
  }

  @Get(`${TEAM}/report-exports/:exportId`)
  @RequirePermission('team.lead', 'teamId')
  @ApiOkResponse({ schema: openApiSchema(reportExportSchema) })
  async teamExport(
    @Param('teamId', ParseIdPipe) teamId: string,
    @Param('exportId', ParseIdPipe) exportId: string,
  ): Promise<ReportExport> {
    return this.exports.status(await this.teamScope(teamId), exportId);
  }

  @Get(`${TEAM}/report-exports/:exportId/file`)
  @RequirePermission('team.lead', 'teamId')
  @ApiProduces(
    'text/csv',
    'application/pdf',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  )
  @ApiOkResponse({ description: 'The file, once ready' })
  async teamExportFile(
    @Param('teamId', ParseIdPipe) teamId: string,
    @Param('exportId', ParseIdPipe) exportId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    return this.download(await this.teamScope(teamId), exportId, reply);
  }

  /** A report is large and asked for often: its body is made once, then sent as it is. */
  private send(reply: FastifyReply, acceptEncoding: string | undefined, report: Report): Buffer {
    const body = this.reports.body(report);
    void reply
      .header('content-type', 'application/json; charset=utf-8')
      .header('vary', 'accept-encoding');
    const coding = preferredCoding(acceptEncoding, body.br ? ['br', 'gzip'] : ['gzip']);
    if (coding === undefined) return body.json;
    void reply.header('content-encoding', coding);
    return body[coding] ?? body.gzip;
  }

  private async teamScope(teamId: string): Promise<ExportScope> {
    return { kind: 'team', teamId, organisationId: await this.reports.teamOrganisation(teamId) };
  }

  private async download(
    scope: ExportScope,
    exportId: string,
    reply: FastifyReply,
  ): Promise<Buffer> {
    const file = await this.exports.file(scope, exportId);
    void reply
      .header('content-type', file.contentType)
      .header('content-disposition', `attachment; filename="${file.fileName}"`);
    return file.content;
  }
}
