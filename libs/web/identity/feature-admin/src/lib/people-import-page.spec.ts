import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { PeopleImport, PeopleImportRow } from '@leerruimte/shared-contracts';
import { requestTo } from '@leerruimte/web-shared-api-client/testing';
import { PeopleImportPage, rowsActedOn } from './people-import-page';

const organisationId = '00000000-0000-4000-8000-0000000000a1';
const importId = '00000000-0000-4000-8000-0000000000b2';
const row = (line: number, values: Partial<PeopleImportRow>): PeopleImportRow => ({
  line,
  name: `Persoon ${line}`,
  email: `p${line}@gemeente.nl`,
  team: 'Wijkteam Noord',
  role: 'professional',
  status: 'invite',
  problems: [],
  duplicateOf: null,
  existingAccount: false,
  skipped: false,
  outcome: null,
  ...values,
});
const preview: PeopleImport = {
  id: importId,
  fileName: 'mensen.csv',
  status: 'previewed',
  mode: null,
  processed: 0,
  createdAt: '2026-12-07T10:00:00Z',
  rows: [
    row(2, {}),
    row(3, { status: 'change_role', role: 'team_lead' }),
    row(4, { status: 'error', problems: ['duplicate'], duplicateOf: 2 }),
  ],
  invitationsToSend: 0,
  invitationsSent: 0,
};

describe(PeopleImportPage.name, () => {
  let http: HttpTestingController;

  async function render() {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(PeopleImportPage);
    fixture.componentRef.setInput('organisationId', organisationId);
    const settle = async () => {
      await new Promise((resolve) => setTimeout(resolve));
      await fixture.whenStable();
    };
    await settle();
    return { element: fixture.nativeElement as HTMLElement, settle };
  }

  afterEach(() => http?.verify());

  it('counts what a mode changes, without the lines left out', () => {
    expect(rowsActedOn(preview.rows, 'add', new Set())).toBe(1);
    expect(rowsActedOn(preview.rows, 'add_and_update', new Set())).toBe(2);
    expect(rowsActedOn(preview.rows, 'update', new Set())).toBe(1);
    expect(rowsActedOn(preview.rows, 'add_and_update', new Set([2]))).toBe(1);
  });

  it('uploads the chosen file, shows the lines in error first, and imports in the chosen mode', async () => {
    const { element, settle } = await render();
    expect(element.querySelector('[data-testid=import-template]')?.getAttribute('href')).toBe(
      `/api/organisations/${organisationId}/people-imports/template.csv`,
    );
    const input = element.querySelector<HTMLInputElement>('input[type=file]') as HTMLInputElement;
    const file = new File(['naam;email;team\n'], 'mensen.csv', { type: 'text/csv' });
    Object.defineProperty(input, 'files', { value: [file] });
    input.dispatchEvent(new Event('change'));
    await settle();
    element.querySelector<HTMLButtonElement>('[data-testid=import-check]')?.click();
    await settle();
    const uploaded = http.expectOne(
      requestTo(`/api/organisations/${organisationId}/people-imports?fileName=mensen.csv`),
    );
    expect(uploaded.request.body).toBe(file);
    expect(uploaded.request.headers.get('Content-Type')).toBe('text/csv');
    uploaded.flush(preview);
    await settle();

    expect(element.querySelector('[data-testid=import-summary]')?.textContent).toContain(
      '1 regel heeft een fout',
    );
    expect(element.querySelector('[data-testid=import-rows]')?.textContent).toContain(
      'dubbel (zie regel 2)',
    );
    expect(element.querySelector('[data-testid=import-errors-file]')?.getAttribute('href')).toBe(
      `/api/organisations/${organisationId}/people-imports/${importId}/errors.csv`,
    );

    const add = [...element.querySelectorAll<HTMLInputElement>('input[type=radio]')].find(
      (radio) => radio.value === 'add',
    );
    add?.click();
    await settle();
    const start = element.querySelector<HTMLButtonElement>('[data-testid=import-start]');
    expect(start?.textContent?.trim()).toBe('Importeren (1 regel)');
    start?.click();
    await settle();
    const started = http.expectOne(
      `/api/organisations/${organisationId}/people-imports/${importId}/start`,
    );
    expect(started.request.body).toEqual({ mode: 'add', skipLines: [] });
    started.flush({ ...preview, status: 'running', mode: 'add', processed: 1 });
    await settle();

    expect(element.textContent).toContain('Bezig met importeren: 1 van 3 regels');
    expect(element.querySelector('progress')?.getAttribute('aria-label')).toBe(
      'Bezig met importeren: 1 van 3 regels',
    );
    // While it runs the page asks only how far it is, not for every line again.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    http
      .expectOne(`/api/organisations/${organisationId}/people-imports/${importId}/progress`)
      .flush({
        status: 'running',
        processed: 2,
        lines: 3,
        invitationsToSend: 0,
        invitationsSent: 0,
      });
    await settle();
    expect(element.textContent).toContain('Bezig met importeren: 2 van 3 regels');
    await new Promise((resolve) => setTimeout(resolve, 1100));
    http
      .expectOne(`/api/organisations/${organisationId}/people-imports/${importId}/progress`)
      .flush({
        status: 'imported',
        processed: 3,
        lines: 3,
        invitationsToSend: 1,
        invitationsSent: 0,
      });
    await settle();
    http.expectOne(`/api/organisations/${organisationId}/people-imports/${importId}`).flush({
      ...preview,
      status: 'imported',
      mode: 'add',
      processed: 3,
      rows: preview.rows.map((line, index) => ({
        ...line,
        outcome: index === 0 ? 'invited' : 'skipped',
      })),
      invitationsToSend: 1,
    });
    await settle();

    expect(element.querySelector('[data-testid=import-outcomes]')?.textContent).toContain(
      '1 uitgenodigd',
    );
    expect(element.textContent).toContain('1 uitnodiging is klaar maar nog niet verstuurd');
  });
});
