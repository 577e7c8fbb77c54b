import { TestBed } from '@angular/core/testing';
import { Subject } from 'rxjs';
import type { ReportExport, ReportExportRequest } from '@leerruimte/shared-contracts';
import { type ReportScope, ReportingApi } from '@leerruimte/web-reporting-data-access';
import { FileDownload, ReportExportPanel } from './export-panel';

function exportAt(status: ReportExport['status'], progress: number): ReportExport {
  return {
    id: 'x1',
    format: 'pdf',
    status,
    progress,
    downloadUrl: status === 'ready' ? '/api/report-files/x1.pdf' : null,
    createdAt: '2026-11-20T10:00:00.000Z',
  };
}

describe(ReportExportPanel.name, () => {
  let states: Subject<ReportExport>;
  let followExport: jest.Mock;
  let download: jest.Mock;

  beforeEach(() => {
    localStorage.clear();
    states = new Subject();
    followExport = jest.fn(() => states);
    download = jest.fn();
    TestBed.configureTestingModule({
      providers: [
        { provide: ReportingApi, useValue: { followExport } },
        { provide: FileDownload, useValue: { start: download } },
      ],
    });
  });

  async function render() {
    const fixture = TestBed.createComponent(ReportExportPanel);
    const scope: ReportScope = { kind: 'organisation', organisationId: 'o1' };
    fixture.componentRef.setInput('scope', scope);
    fixture.componentRef.setInput('from', '2026-07');
    fixture.componentRef.setInput('to', '2026-09');
    fixture.componentRef.setInput('teamId', 't1');
    fixture.componentRef.setInput('periodLabel', 'juli 2026 – september 2026');
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const settle = () => fixture.whenStable();
    return { element, settle };
  }

  const status = (element: HTMLElement) =>
    element.querySelector('[data-testid=export-status]')?.textContent?.replace(/\s+/g, ' ').trim();

  it('shows the progress while the file is made, then a link, and starts the download', async () => {
    const { element, settle } = await render();

    element.querySelector<HTMLButtonElement>('button[data-format=pdf]')?.click();
    expect(followExport).toHaveBeenCalledWith({ kind: 'organisation', organisationId: 'o1' }, {
      from: '2026-07',
      to: '2026-09',
      teamId: 't1',
      format: 'pdf',
    } satisfies ReportExportRequest);
    states.next(exportAt('queued', 0));
    await settle();
    expect(status(element)).toBe('Het PDF-bestand staat in de wachtrij…');

    states.next(exportAt('running', 40));
    await settle();
    expect(status(element)).toBe('Het PDF-bestand wordt gemaakt…');
    const bar = element.querySelector('mat-progress-bar');
    expect(bar?.getAttribute('aria-valuenow')).toBe('40');
    expect(bar?.getAttribute('aria-label')).toBe('Voortgang van het PDF-bestand');
    expect(element.textContent).toContain('40% klaar');
    expect(element.querySelector('[data-testid=export-link]')).toBeNull();

    states.next(exportAt('ready', 100));
    states.complete();
    await settle();
    expect(element.querySelector('mat-progress-bar')).toBeNull();
    const link = element.querySelector('[data-testid=export-link]');
    expect(link?.getAttribute('href')).toBe('/api/report-files/x1.pdf');
    expect(link?.textContent?.trim()).toBe('PDF-bestand opslaan (juli 2026 – september 2026)');
    expect(download).toHaveBeenCalledWith('/api/report-files/x1.pdf');
  });

  it('says clearly when the file could not be made, and tries again on request', async () => {
    const { element, settle } = await render();

    element.querySelector<HTMLButtonElement>('button[data-format=csv]')?.click();
    states.next({ ...exportAt('failed', 60), format: 'csv' });
    await settle();

    expect(status(element)).toContain('Het CSV-bestand kon niet worden gemaakt.');
    expect(element.querySelector('lr-notice')?.getAttribute('role')).toBe('alert');
    expect(download).not.toHaveBeenCalled();

    const retry = [...element.querySelectorAll<HTMLButtonElement>('lr-notice button')].find(
      (button) => button.textContent?.trim() === 'Opnieuw proberen',
    );
    retry?.click();
    expect(followExport).toHaveBeenCalledTimes(2);
    expect(followExport.mock.calls[1][1]).toMatchObject({ format: 'csv' });
  });
});
