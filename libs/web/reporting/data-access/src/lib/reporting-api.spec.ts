import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { Report, ReportExport } from '@leerruimte/shared-contracts';
import { requestTo } from '@leerruimte/web-shared-api-client/testing';
import { firstValueFrom, toArray } from 'rxjs';
import { type ReportScope, ReportingApi } from './reporting-api';

const organisation: ReportScope = { kind: 'organisation', organisationId: 'o-stad' };
const team: ReportScope = { kind: 'team', teamId: 't-centrum' };

const noTeams: Report = {
  organisationName: 'Gemeente Voorbeeldstad',
  from: '2026-07',
  to: '2026-09',
  months: ['2026-07', '2026-08', '2026-09'],
  minimumGroupSize: 5,
  teams: [],
  organisation: null,
  updatedAt: null,
};

function exportAt(status: ReportExport['status'], progress: number): ReportExport {
  return {
    id: 'x1',
    format: 'csv',
    status,
    progress,
    downloadUrl: status === 'ready' ? '/api/files/x1.csv' : null,
    createdAt: '2026-11-20T10:00:00.000Z',
  };
}

describe(ReportingApi.name, () => {
  let sut: ReportingApi;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    sut = TestBed.inject(ReportingApi);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    backend.verify();
    jest.useRealTimers();
  });

  it('asks an organisation report for the period, and for one team when chosen', () => {
    void firstValueFrom(sut.report(organisation, { from: '2026-07', to: '2026-09' }));
    void firstValueFrom(
      sut.report(organisation, { from: '2026-01', to: '2026-12', teamId: 't-noord' }),
    );

    const all = backend.expectOne(
      requestTo('/api/organisations/o-stad/reports/team-development?from=2026-07&to=2026-09'),
    );
    expect(all.request.method).toBe('GET');
    backend
      .expectOne(
        requestTo(
          '/api/organisations/o-stad/reports/team-development?from=2026-01&to=2026-12&teamId=t-noord',
        ),
      )
      .flush(noTeams);
    all.flush(noTeams);
  });

  it("asks a team leader's report at the team's own address", () => {
    void firstValueFrom(sut.report(team, { from: '2026-07', to: '2026-09', teamId: 't-other' }));

    backend
      .expectOne(requestTo('/api/teams/t-centrum/reports/team-development?from=2026-07&to=2026-09'))
      .flush(noTeams);
  });

  it('refuses a report in which a figure set lacks a metric', async () => {
    const answer = firstValueFrom(sut.report(team, { from: '2026-07', to: '2026-09' }));

    backend
      .expectOne(requestTo('/api/teams/t-centrum/reports/team-development?from=2026-07&to=2026-09'))
      .flush({ ...noTeams, organisation: { total: { modulesStarted: 1 }, months: [] } });

    await expect(answer).rejects.toThrow('The report lacks a figure');
  });

  it('reads and saves the minimum group size of the organisation', () => {
    void firstValueFrom(sut.settings('o-stad'));
    void firstValueFrom(sut.saveSettings('o-stad', { minimumGroupSize: 7 }));

    const [read, save] = backend.match('/api/organisations/o-stad/report-settings');
    expect(read.request.method).toBe('GET');
    expect(save.request.method).toBe('PUT');
    expect(save.request.body).toEqual({ minimumGroupSize: 7 });
    read.flush({ minimumGroupSize: 5 });
    save.flush({ minimumGroupSize: 7 });
  });

  it('sends the team of an organisation export only when one is chosen, never for a team lead', () => {
    void firstValueFrom(
      sut.startExport(organisation, {
        from: '2026-07',
        to: '2026-09',
        teamId: 't1',
        format: 'pdf',
      }),
    );
    void firstValueFrom(
      sut.startExport(team, { from: '2026-07', to: '2026-09', teamId: 't1', format: 'csv' }),
    );

    const byAdmin = backend.expectOne('/api/organisations/o-stad/report-exports');
    expect(byAdmin.request.method).toBe('POST');
    expect(byAdmin.request.body).toEqual({
      from: '2026-07',
      to: '2026-09',
      teamId: 't1',
      format: 'pdf',
    });
    const byLead = backend.expectOne('/api/teams/t-centrum/report-exports');
    expect(byLead.request.body).toEqual({ from: '2026-07', to: '2026-09', format: 'csv' });
    byAdmin.flush(exportAt('queued', 0));
    byLead.flush(exportAt('queued', 0));
  });

  it('follows an export every second until it is ready, then stops asking', async () => {
    jest.useFakeTimers();
    const states = firstValueFrom(
      sut.followExport(team, { from: '2026-07', to: '2026-09', format: 'csv' }).pipe(toArray()),
    );

    backend.expectOne('/api/teams/t-centrum/report-exports').flush(exportAt('queued', 0));
    backend.expectNone('/api/teams/t-centrum/report-exports/x1');
    jest.advanceTimersByTime(1000);
    backend.expectOne('/api/teams/t-centrum/report-exports/x1').flush(exportAt('running', 40));
    jest.advanceTimersByTime(1000);
    backend.expectOne('/api/teams/t-centrum/report-exports/x1').flush(exportAt('ready', 100));
    jest.advanceTimersByTime(5000);
    backend.expectNone('/api/teams/t-centrum/report-exports/x1');

    expect((await states).map((state) => [state.status, state.progress])).toEqual([
      ['queued', 0],
      ['running', 40],
      ['ready', 100],
    ]);
  });
});
