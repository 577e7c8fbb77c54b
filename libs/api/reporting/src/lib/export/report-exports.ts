import { HttpStatus, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { AppError, notFound } from '@leerruimte/api-core';
import {
  type JobPayload,
  JobHandler,
  JobName,
  JobQueue,
  exists,
  selectRow,
  selectRows,
} from '@leerruimte/api-infrastructure';
import type { Locale, ReportExport, ReportExportRequest } from '@leerruimte/shared-contracts';
import { ReportService } from '../report/report.service';
import { reportCsv, reportPdf, reportXlsx } from './report-files';
import { ReportExportRow } from './report-export.entity';

export const exportContentTypes: Record<ReportExport['format'], string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

/** Who asks: an organisation admin for the organisation, or a team lead for their team. */
export type ExportScope =
  | { kind: 'organisation'; organisationId: string }
  | { kind: 'team'; organisationId: string; teamId: string };

function basePath(scope: ExportScope): string {
  return scope.kind === 'organisation'
    ? `/api/organisations/${scope.organisationId}/report-exports`
    : `/api/teams/${scope.teamId}/report-exports`;
}

/**
 * Report exports: asked for in the API, made by the worker (a large organisation's PDF takes a
 * while), followed by the app through `progress`, downloaded when ready.
 */
const ledTeamRow = z.object({ team_id: z.string() });

@Injectable()
export class ReportExports {
  private readonly logger = new Logger(ReportExports.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly reports: ReportService,
  ) {}

  async request(
    scope: ExportScope,
    userId: string,
    request: ReportExportRequest,
    locale: Locale,
  ): Promise<ReportExport> {
    if (request.teamId && scope.kind === 'organisation') {
      const inOrganisation = await exists(
        this.dataSource,
        `SELECT 1 FROM team WHERE id = $1 AND organisation_id = $2`,
        [request.teamId, scope.organisationId],
      );
      if (!inOrganisation) {
        throw new AppError(
          HttpStatus.UNPROCESSABLE_ENTITY,
          'unknown_team',
          {
            nl: 'Dit team hoort niet bij de organisatie.',
            en: 'This team is not in the organisation.',
          },
          [
            {
              field: 'teamId',
              code: 'not_in_organisation',
              text: {
                nl: 'Kies een team van deze organisatie.',
                en: 'Choose a team of this organisation.',
              },
            },
          ],
        );
      }
    }
    const row = await this.dataSource.getRepository(ReportExportRow).save({
      organisationId: scope.organisationId,
      scopeTeamId: scope.kind === 'team' ? scope.teamId : null,
      requestedById: userId,
      format: request.format,
      periodFrom: request.from,
      periodTo: request.to,
      teamId: scope.kind === 'team' ? scope.teamId : (request.teamId ?? null),
      locale,
    });
    await this.jobs.add(JobName.ReportExport, { exportId: row.id }, { jobId: `export-${row.id}` });
    return this.view(scope, row);
  }

  async status(scope: ExportScope, exportId: string): Promise<ReportExport> {
    return this.view(scope, await this.find(scope, exportId));
  }

  async file(
    scope: ExportScope,
    exportId: string,
  ): Promise<{ content: Buffer; contentType: string; fileName: string }> {
    const row = await this.find(scope, exportId);
    const file = await selectRow(
      this.dataSource,
      z.object({ content: z.instanceof(Buffer).nullable() }),
      `SELECT content FROM report_export WHERE id = $1`,
      [row.id],
    );
    if (row.status !== 'ready' || !file?.content) throw notFound();
    return {
      content: file.content,
      contentType: exportContentTypes[row.format],
      fileName: `teamontwikkeling-${row.periodFrom}-${row.periodTo}.${row.format}`,
    };
  }

  @JobHandler(JobName.ReportExport)
  async make({ exportId }: JobPayload<JobName.ReportExport>): Promise<void> {
    const repository = this.dataSource.getRepository(ReportExportRow);
    const row = await repository.findOneBy({ id: exportId });
    if (!row || row.status === 'ready') return;
    await repository.update({ id: exportId }, { status: 'running', progress: 10 });
    try {
      const report = await this.reports.report(
        row.organisationId,
        { from: row.periodFrom, to: row.periodTo, teamId: row.teamId ?? undefined },
        row.scopeTeamId ?? undefined,
        { everyMonth: true, ledTeams: await this.ledBy(row.requestedById) },
      );
      await repository.update({ id: exportId }, { progress: 50 });
      const content =
        row.format === 'csv'
          ? Buffer.from(reportCsv(report, row.locale))
          : row.format === 'xlsx'
            ? await reportXlsx(report, row.locale)
            : await reportPdf(report, row.locale);
      await repository.update(
        { id: exportId },
        { status: 'ready', progress: 100, content, finishedAt: new Date() },
      );
    } catch (error) {
      this.logger.error(`Report export ${exportId} failed: ${String(error)}`);
      await repository.update({ id: exportId }, { status: 'failed', finishedAt: new Date() });
    }
  }

  /** The teams the person who asked for an export leads: suppressed for them as on screen. */
  private async ledBy(userId: string | null): Promise<ReadonlySet<string>> {
    if (userId === null) return new Set();
    const rows = await selectRows(
      this.dataSource,
      ledTeamRow,
      `SELECT team_id FROM team_membership WHERE user_id = $1 AND role = 'team_lead'`,
      [userId],
    );
    return new Set(rows.map((row) => row.team_id));
  }

  private async find(scope: ExportScope, exportId: string): Promise<ReportExportRow> {
    const row = await this.dataSource.getRepository(ReportExportRow).findOneBy({
      id: exportId,
      organisationId: scope.organisationId,
      ...(scope.kind === 'team' && { scopeTeamId: scope.teamId }),
    });
    if (!row) throw notFound();
    return row;
  }

  private view(scope: ExportScope, row: ReportExportRow): ReportExport {
    return {
      id: row.id,
      format: row.format,
      status: row.status,
      progress: row.progress,
      downloadUrl: row.status === 'ready' ? `${basePath(scope)}/${row.id}/file` : null,
      createdAt: row.createdAt.toISOString(),
    };
  }
}
