import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { PeopleImports } from '@leerruimte/api-identity';
import { peopleImportFileTypes } from '@leerruimte/shared-contracts';
import { type World, buildWorld, createTestHttpApp } from './test-world';

/** How Dutch Excel saves a list as CSV: Windows-1252 and semicolons. */
const dutchExcelCsv = (lines: string[]) => Buffer.from(`${lines.join('\r\n')}\r\n`, 'latin1');

describe('bringing people in from a file', () => {
  let app: NestFastifyApplication;
  let world: World;
  const query = (sql: string, params: unknown[] = []) => app.get(DataSource).query(sql, params);

  beforeAll(async () => {
    app = await createTestHttpApp();
  });

  beforeEach(async () => {
    world = await buildWorld(app);
  });

  afterAll(() => app.close());

  const base = () => `/api/organisations/${world.organisation}/people-imports`;
  const upload = (bytes: Buffer, contentType: string = peopleImportFileTypes.csv) =>
    world.request('organisationAdmin', {
      method: 'POST',
      url: `${base()}?fileName=${encodeURIComponent('mensen.csv')}`,
      headers: { 'content-type': contentType },
      payload: bytes,
    });
  /** What the worker does with the job, run here so the test sees it finish. */
  const runJob = (importId: string, phase: 'import' | 'send') =>
    app.get(PeopleImports).run({ importId, phase, actorId: world.users.organisationAdmin });

  const file = dutchExcelCsv([
    'Naam;E-mailadres;Team;Rol',
    'Zoë Nieuw;Zoe.Nieuw@Test.test;Noord;',
    'Priya Professional;priya.professional@test.test;noord;teamleider',
    'Lars Lead;lars.lead@test.test;Noord;team_lead',
    'Geen Adres;geen-adres;Noord;',
    'Onbekend Team;iemand@test.test;West;',
    'Zoë Nog Eens;zoe.nieuw@test.test;Noord;',
    'Zuid Erbij;zuid.erbij@test.test;Zuid;professional',
  ]);

  it('previews each line with its status and problems, and changes nothing yet', async () => {
    const response = await upload(file);

    expect(response.statusCode).toBe(201);
    const preview = response.json();
    expect(preview).toMatchObject({ fileName: 'mensen.csv', status: 'previewed', mode: null });
    expect(
      preview.rows.map((row: { line: number; status: string; problems: string[] }) => [
        row.line,
        row.status,
        row.problems,
      ]),
    ).toEqual([
      [2, 'invite', []],
      [3, 'change_role', []],
      [4, 'unchanged', []],
      [5, 'error', ['invalid_email']],
      [6, 'error', ['unknown_team']],
      [7, 'error', ['duplicate']],
      [8, 'invite', []],
    ]);
    expect(preview.rows[0]).toMatchObject({ name: 'Zoë Nieuw', email: 'zoe.nieuw@test.test' });
    expect(preview.rows[5].duplicateOf).toBe(2);
    expect(await query(`SELECT 1 FROM invitation WHERE email = 'zoe.nieuw@test.test'`)).toEqual([]);

    const errors = await world.request('organisationAdmin', {
      method: 'GET',
      url: `${base()}/${preview.id}/errors.csv`,
    });
    expect(errors.headers['content-type']).toBe('text/csv; charset=utf-8');
    const text = errors.body.replace(/^\uFEFF/, '');
    expect(text.split('\r\n')).toEqual([
      '"regel";"naam";"e-mail";"team";"rol";"probleem"',
      '"5";"Geen Adres";"geen-adres";"Noord";"professional";"geen geldig e-mailadres"',
      '"6";"Onbekend Team";"iemand@test.test";"West";"professional";"onbekend team"',
      '"7";"Zoë Nog Eens";"zoe.nieuw@test.test";"Noord";"professional";"staat dubbel in het bestand (regel 2)"',
      '',
    ]);
  });

  it('imports in the mode chosen, leaves out the lines the admin skipped, and mails only on request', async () => {
    const preview = (await upload(file)).json();

    const started = await world.request('organisationAdmin', {
      method: 'POST',
      url: `${base()}/${preview.id}/start`,
      payload: { mode: 'add_and_update', skipLines: [8] },
    });
    expect(started.statusCode).toBe(202);
    expect(started.json().status).toBe('running');
    const again = await world.request('organisationAdmin', {
      method: 'POST',
      url: `${base()}/${preview.id}/start`,
      payload: { mode: 'add', skipLines: [] },
    });
    expect(again.statusCode).toBe(409);
    const progressOf = async () =>
      (
        await world.request('organisationAdmin', {
          method: 'GET',
          url: `${base()}/${preview.id}/progress`,
        })
      ).json();
    expect(await progressOf()).toEqual({
      status: 'running',
      processed: 0,
      lines: 7,
      invitationsToSend: 0,
      invitationsSent: 0,
    });
    await runJob(preview.id, 'import');
    expect(await progressOf()).toMatchObject({ status: 'imported', processed: 7, lines: 7 });
    expect((await progressOf()).invitationsToSend).toBe(1);

    const done = (
      await world.request('organisationAdmin', { method: 'GET', url: `${base()}/${preview.id}` })
    ).json();
    expect(done).toMatchObject({ status: 'imported', mode: 'add_and_update', processed: 7 });
    expect(done.rows.map((row: { outcome: string }) => row.outcome)).toEqual([
      'invited',
      'role_changed',
      'unchanged',
      'skipped',
      'skipped',
      'skipped',
      'skipped',
    ]);
    expect(done.invitationsToSend).toBe(1);
    const [role] = await query(
      `SELECT role FROM team_membership WHERE user_id = $1 AND team_id = $2`,
      [world.users.professional, world.team],
    );
    expect(role.role).toBe('team_lead');
    expect(await query(`SELECT 1 FROM outbox_message`)).toEqual([]);
    const [audit] = await query(`SELECT details FROM audit_entry WHERE action = 'people.imported'`);
    expect(audit.details).toMatchObject({ invited: 1, role_changed: 1, unchanged: 1, skipped: 4 });

    const send = await world.request('organisationAdmin', {
      method: 'POST',
      url: `${base()}/${preview.id}/send-invitations`,
    });
    expect(send.statusCode).toBe(202);
    // A repeated request runs the job twice, even at once: each invitation is mailed once.
    await Promise.all([runJob(preview.id, 'send'), runJob(preview.id, 'send')]);
    await runJob(preview.id, 'send');

    const mails = await query(`SELECT recipient, text FROM outbox_message`);
    expect(mails.map((mail: { recipient: string }) => mail.recipient)).toEqual([
      'zoe.nieuw@test.test',
    ]);
    expect(mails[0].text).toMatch(/\/uitnodiging\/[\w-]+/);
    const sent = (
      await world.request('organisationAdmin', { method: 'GET', url: `${base()}/${preview.id}` })
    ).json();
    expect(sent).toMatchObject({ invitationsToSend: 0, invitationsSent: 1 });
    expect(await progressOf()).toMatchObject({ invitationsToSend: 0, invitationsSent: 1 });
  });

  it('changes nothing when the same file is imported a second time', async () => {
    const first = (await upload(file)).json();
    await world.request('organisationAdmin', {
      method: 'POST',
      url: `${base()}/${first.id}/start`,
      payload: { mode: 'add_and_update', skipLines: [] },
    });
    await runJob(first.id, 'import');
    const before = await query(
      `SELECT (SELECT count(*) FROM invitation) AS invitations,
              (SELECT json_agg(role ORDER BY user_id, team_id) FROM team_membership) AS roles`,
    );

    const second = (await upload(file)).json();

    expect(
      second.rows.map((row: { status: string }) => row.status).filter((s: string) => s !== 'error'),
    ).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged']);
    await world.request('organisationAdmin', {
      method: 'POST',
      url: `${base()}/${second.id}/start`,
      payload: { mode: 'add_and_update', skipLines: [] },
    });
    await runJob(second.id, 'import');
    const after = await query(
      `SELECT (SELECT count(*) FROM invitation) AS invitations,
              (SELECT json_agg(role ORDER BY user_id, team_id) FROM team_membership) AS roles`,
    );
    expect(after).toEqual(before);
  });

  it('only changes roles in update mode, and never removes who is missing from the file', async () => {
    const preview = (
      await upload(
        dutchExcelCsv([
          'naam;email;team;rol',
          'Priya Professional;priya.professional@test.test;Noord;teamleider',
          'Zoë Nieuw;zoe.nieuw@test.test;Noord;',
        ]),
      )
    ).json();
    await world.request('organisationAdmin', {
      method: 'POST',
      url: `${base()}/${preview.id}/start`,
      payload: { mode: 'update', skipLines: [] },
    });
    await runJob(preview.id, 'import');

    const members = await query(
      `SELECT user_id, role FROM team_membership WHERE team_id = $1 ORDER BY role`,
      [world.team],
    );
    expect(members).toEqual([
      { user_id: world.users.professional, role: 'team_lead' },
      { user_id: world.users.teamLead, role: 'team_lead' },
    ]);
    expect(await query(`SELECT 1 FROM invitation WHERE email = 'zoe.nieuw@test.test'`)).toEqual([]);
  });

  it('offers a file to fill in with the organisation’s own team names, which previews cleanly', async () => {
    const template = await world.request('organisationAdmin', {
      method: 'GET',
      url: `${base()}/template.csv`,
    });

    expect(template.statusCode).toBe(200);
    expect(template.headers['content-disposition']).toContain('mensen-importeren.csv');
    expect(template.body.replace(/^\uFEFF/, '').split('\r\n')).toEqual([
      '"naam";"e-mail";"team";"rol"',
      '"Voornaam Achternaam";"voornaam1@organisatie.nl";"Noord";"professional"',
      '"Voornaam Achternaam";"voornaam2@organisatie.nl";"Zuid";"professional"',
      '',
    ]);
    const preview = (await upload(Buffer.from(template.rawPayload))).json();
    expect(preview.rows.map((row: { status: string }) => row.status)).toEqual(['invite', 'invite']);
  });

  it('reads an Excel file as well', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Mensen');
    sheet.addRow(['Naam', 'E-mail', 'Team', 'Rol']);
    sheet.addRow(['Zoë Nieuw', { text: 'zoe.nieuw@test.test', hyperlink: 'mailto:x' }, 'Zuid', '']);

    const response = await upload(
      Buffer.from(await workbook.xlsx.writeBuffer()),
      peopleImportFileTypes.xlsx,
    );

    expect(response.statusCode).toBe(201);
    expect(response.json().rows).toEqual([
      expect.objectContaining({ line: 2, status: 'invite', team: 'Zuid' }),
    ]);
  });

  it('says clearly what is wrong with a file, and keeps nothing of it', async () => {
    const notAList = await upload(Buffer.from('%PDF-1.7'), 'application/pdf');
    const noColumns = await upload(dutchExcelCsv(['Voornaam;Adres', 'Zoë;zoe@test.test']));
    const brokenExcel = await upload(Buffer.from('geen excel'), peopleImportFileTypes.xlsx);
    const tooLarge = await upload(Buffer.alloc(6 * 1024 * 1024, 'a'));

    expect(notAList.statusCode).toBe(415);
    expect(noColumns.statusCode).toBe(422);
    expect(noColumns.json().fields[0]).toMatchObject({
      field: 'file',
      code: 'import_file_columns',
    });
    expect(noColumns.json().message).toContain('‘naam’, ‘e-mail’, ‘team’');
    expect(brokenExcel.statusCode).toBe(422);
    expect(brokenExcel.json().code).toBe('import_file_unreadable');
    expect(tooLarge.statusCode).toBe(413);
    expect(await query(`SELECT 1 FROM people_import`)).toEqual([]);
  });

  it('keeps imports to their organisation', async () => {
    const preview = (await upload(file)).json();

    const foreign = await world.request('otherOrganisation', {
      method: 'GET',
      url: `${base()}/${preview.id}`,
    });

    expect(foreign.statusCode).toBe(403);
    const foreignProgress = await world.request('otherOrganisation', {
      method: 'GET',
      url: `${base()}/${preview.id}/progress`,
    });
    expect(foreignProgress.statusCode).toBe(403);
    // Another import id in one's own organisation is not found, not someone else's.
    const unknown = await world.request('organisationAdmin', {
      method: 'GET',
      url: `${base()}/00000000-0000-4000-8000-000000000000/progress`,
    });
    expect(unknown.statusCode).toBe(404);
  });
});
