import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { EMPTY, type Observable, expand, switchMap, timer } from 'rxjs';
import type {
  Report,
  ReportExport,
  ReportExportRequest,
  ReportQuery,
  ReportSettings,
} from '@leerruimte/shared-contracts';

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

/** The endpoints of the team-development reports, typed by the shared contracts. */
@Injectable({ providedIn: 'root' })
export class ReportingApi {
  private readonly http = inject(HttpClient);

  report(scope: ReportScope, query: ReportQuery): Observable<Report> {
    let params = new HttpParams().set('from', query.from).set('to', query.to);
    // A team leader's address already names the team; only an admin narrows to one.
    if (scope.kind === 'organisation' && query.teamId) params = params.set('teamId', query.teamId);
    return this.http.get<Report>(`${base(scope)}/reports/team-development`, { params });
  }

  settings(organisationId: string): Observable<ReportSettings> {
    return this.http.get<ReportSettings>(`${organisation(organisationId)}/report-settings`);
  }

  saveSettings(organisationId: string, settings: ReportSettings): Observable<ReportSettings> {
    return this.http.put<ReportSettings>(`${organisation(organisationId)}/report-settings`, {
      minimumGroupSize: settings.minimumGroupSize,
    });
  }

  startExport(scope: ReportScope, request: ReportExportRequest): Observable<ReportExport> {
    const { from, to, format, teamId } = request;
    const body: ReportExportRequest =
      scope.kind === 'organisation' && teamId ? { from, to, teamId, format } : { from, to, format };
    return this.http.post<ReportExport>(`${base(scope)}/report-exports`, body);
  }

  exportStatus(scope: ReportScope, exportId: string): Observable<ReportExport> {
    return this.http.get<ReportExport>(
      `${base(scope)}/report-exports/${encodeURIComponent(exportId)}`,
    );
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

function organisation(organisationId: string): string {
  return `/api/organisations/${encodeURIComponent(organisationId)}`;
}

function base(scope: ReportScope): string {
  return scope.kind === 'organisation'
    ? organisation(scope.organisationId)
    : `/api/teams/${encodeURIComponent(scope.teamId)}`;
}
