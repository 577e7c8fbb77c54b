import { Injectable, inject } from '@angular/core';
import { EMPTY, type Observable, expand, map, switchMap, timer } from 'rxjs';
import {
  type FigureSet,
  type Report,
  type ReportExport,
  type ReportExportRequest,
  type ReportQuery,
  type ReportSettings,
  reportMetrics,
} from '@leerruimte/shared-contracts';
import { ApiClient } from '@leerruimte/web-shared-api-client';
import {
  reportsControllerOrganisationExport,
  reportsControllerOrganisationMonths,
  reportsControllerOrganisationReport,
  reportsControllerRequestOrganisationExport,
  reportsControllerRequestTeamExport,
  reportsControllerSettings,
  reportsControllerTeamExport,
  reportsControllerTeamReport,
  reportsControllerUpdateSettings,
} from '@leerruimte/web-shared-api-client/reporting';

/**
 * Whose report it is: an organisation admin sees every team of the organisation and the
 * organisation as a whole, a team leader only their own team.
 */
export type ReportScope =
  { kind: 'organisation'; organisationId: string } | { kind: 'team'; teamId: string };

/** How often an export's progress is asked for while the worker makes the file. */
export const exportPollInterval = 1000;

/** Queued and running exports are still being made; ready and failed ones are settled. */
export function isExportSettled(status: ReportExport['status']): boolean {
  return status === 'ready' || status === 'failed';
}

/** Figures by metric, as the OpenAPI document describes a figure set: any names. */
type Figures = Readonly<Record<string, number | null>>;

/** Every metric is there; the document cannot say so, the contract does. */
function isFigureSet(figures: Figures): figures is FigureSet {
  return reportMetrics.every((metric) => metric in figures);
}

function figureSet(figures: Figures): FigureSet {
  if (!isFigureSet(figures)) throw new Error('The report lacks a figure');
  return figures;
}

function series({ total, months }: { total: Figures; months: Figures[] }) {
  return { total: figureSet(total), months: months.map(figureSet) };
}

/** A report as the generated client types it: figure sets with any names. */
type ReportAnswer = Omit<Report, 'teams' | 'organisation'> & {
  teams: Array<
    Omit<Report['teams'][number], 'total' | 'months' | 'rolling'> &
      SeriesAnswer & { rolling: Figures[] }
  >;
  organisation: SeriesAnswer | null;
};
type SeriesAnswer = { total: Figures; months: Figures[] };

/** The report with every figure set checked complete (see `figureSet`). */
function checkedReport(answer: ReportAnswer): Report {
  return {
    ...answer,
    teams: answer.teams.map((team) => ({
      ...team,
      ...series(team),
      rolling: team.rolling.map(figureSet),
    })),
    organisation: answer.organisation && series(answer.organisation),
  };
}

/** The endpoints of the team-development reports, through the generated client. */
@Injectable({ providedIn: 'root' })
export class ReportingApi {
  private readonly api = inject(ApiClient);

  report(scope: ReportScope, query: ReportQuery): Observable<Report> {
    const { from, to } = query;
    // A team leader's address already names the team; only an admin narrows to one.
    const report =
      scope.kind === 'organisation'
        ? this.api.invoke(reportsControllerOrganisationReport, {
            organisationId: scope.organisationId,
            from,
            to,
            teamId: query.teamId || undefined,
          })
        : this.api.invoke(reportsControllerTeamReport, { teamId: scope.teamId, from, to });
    return report.pipe(map(checkedReport));
  }

  /** Every team of the organisation with its figures per month: the participation overview. */
  teamMonths(organisationId: string, query: Pick<ReportQuery, 'from' | 'to'>): Observable<Report> {
    return this.api
      .invoke(reportsControllerOrganisationMonths, {
        organisationId,
        from: query.from,
        to: query.to,
      })
      .pipe(map(checkedReport));
  }

  settings(organisationId: string): Observable<ReportSettings> {
    return this.api.invoke(reportsControllerSettings, { organisationId });
  }

  saveSettings(organisationId: string, settings: ReportSettings): Observable<ReportSettings> {
    return this.api.invoke(reportsControllerUpdateSettings, {
      organisationId,
      body: { minimumGroupSize: settings.minimumGroupSize },
    });
  }

  startExport(scope: ReportScope, request: ReportExportRequest): Observable<ReportExport> {
    const { from, to, format, teamId } = request;
    return scope.kind === 'organisation'
      ? this.api.invoke(reportsControllerRequestOrganisationExport, {
          organisationId: scope.organisationId,
          body: teamId ? { from, to, teamId, format } : { from, to, format },
        })
      : this.api.invoke(reportsControllerRequestTeamExport, {
          teamId: scope.teamId,
          body: { from, to, format },
        });
  }

  exportStatus(scope: ReportScope, exportId: string): Observable<ReportExport> {
    return scope.kind === 'organisation'
      ? this.api.invoke(reportsControllerOrganisationExport, {
          organisationId: scope.organisationId,
          exportId,
        })
      : this.api.invoke(reportsControllerTeamExport, { teamId: scope.teamId, exportId });
  }

  /**
   * Asks for an export and follows it: emits the new export, then its state every second
   * until it is ready or failed. The next poll waits for the previous answer, so a slow API
   * never has two of them in flight.
   */
  followExport(
    scope: ReportScope,
    request: ReportExportRequest,
    interval = exportPollInterval,
  ): Observable<ReportExport> {
    return this.startExport(scope, request).pipe(
      expand((current) =>
        isExportSettled(current.status)
          ? EMPTY
          : timer(interval).pipe(switchMap(() => this.exportStatus(scope, current.id))),
      ),
    );
  }
}
