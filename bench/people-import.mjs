// npm run bench:import: an organisation admin brings in 2,000 people from one file. Measures the
// preview of a 2,000-line CSV (Windows-1252, semicolons, as Dutch Excel saves it) and of the same
// list as .xlsx, the import as a worker job, mailing the invitations, and the preview of the same
// file a second time (everything unchanged). Fails when a preview takes over 5 s.
import { spawn } from 'node:child_process';
import { sessionCookie } from './lib/sessions.mjs';
import { cpus, totalmem } from 'node:os';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { assertNode24, run, stopProcess, waitFor } from '../tools/scripts/lib/processes.mjs';
import { withScratchDatabase } from '../tools/scripts/lib/scratch-database.mjs';

assertNode24();

const PEOPLE = 2000;
const TEAMS = 40;
const PREVIEW_TARGET_MS = 5000;
const csvType = 'text/csv';
const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;

/** 2,000 lines: mostly new people, some already in their team, a few in error. */
function peopleList() {
  return Array.from({ length: PEOPLE }, (_, index) => {
    const team = `Wijkteam ${(index % TEAMS) + 1}`;
    if (index % 50 === 7) return ['Zonder Adres', 'geen-adres', team, ''];
    if (index % 50 === 13)
      return [`Persoon ${index}`, `p${index}@groot.test`, 'Wijkteam Nergens', ''];
    const role = index % 25 === 0 ? 'teamleider' : 'professional';
    return [`Persoon ${index} Müller-Çelik`, `p${index}@groot.test`, team, role];
  });
}

const list = peopleList();
const csv = Buffer.from(
  [['Naam', 'E-mailadres', 'Team', 'Rol'], ...list].map((line) => line.join(';')).join('\r\n'),
  'latin1',
);
const workbook = new ExcelJS.Workbook();
const sheet = workbook.addWorksheet('Mensen');
sheet.addRow(['Naam', 'E-mail', 'Team', 'Rol']);
for (const line of list) sheet.addRow(line);
const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());

await withScratchDatabase('bench', async (env) => {
  const cli = (...args) =>
    run(process.execPath, ['dist/apps/api/cli.js', ...args], { env, quiet: true });
  const migrated = await cli('migrate');
  if (migrated.code !== 0) throw new Error(`migrate failed:\n${migrated.output}`);
  const client = new pg.Client({ connectionString: env.DATABASE_URL });
  await client.connect();
  const {
    rows: [organisation],
  } = await client.query(`INSERT INTO organisation (name) VALUES ('Gemeente Groot') RETURNING id`);
  const { rows: teams } = await client.query(
    `INSERT INTO team (organisation_id, name)
     SELECT $1, 'Wijkteam ' || n FROM generate_series(1, ${TEAMS}) n RETURNING id, name`,
    [organisation.id],
  );
  // A tenth of the list is in their team already: they come out unchanged or with a new role.
  const teamId = new Map(teams.map((team) => [team.name, team.id]));
  for (let index = 0; index < PEOPLE; index += 10) {
    const [name, email, team] = list[index];
    if (!teamId.has(team) || !email.includes('@')) continue;
    const {
      rows: [user],
    } = await client.query(
      `INSERT INTO app_user (email, name, password_hash) VALUES ($1, $2, '') RETURNING id`,
      [email, name],
    );
    await client.query(
      `INSERT INTO team_membership (user_id, team_id, role) VALUES ($1, $2, 'professional')`,
      [user.id, teamId.get(team)],
    );
  }
  const {
    rows: [admin],
  } = await client.query(
    `INSERT INTO app_user (email, name, password_hash, totp_secret, two_factor_enabled_at)
     VALUES ('beheer@groot.test', 'Beheer', '', 'JBSWY3DPEHPK3PXP', now()) RETURNING id`,
  );
  await client.query(`INSERT INTO organisation_admin (user_id, organisation_id) VALUES ($1, $2)`, [
    admin.id,
    organisation.id,
  ]);
  const headers = {
    cookie: `${await sessionCookie(client, admin.id)}; lr_csrf=bench`,
    'x-csrf-token': 'bench',
  };

  const port = 3400;
  const processEnv = {
    ...env,
    PORT: String(port),
    WORKER_PORT: String(port + 1),
    PUBLIC_URL: `http://localhost:${port}`,
    LOG_LEVEL: 'warn',
  };
  const api = spawn(process.execPath, ['dist/apps/api/main.js'], {
    env: processEnv,
    stdio: 'ignore',
  });
  const worker = spawn(process.execPath, ['dist/apps/worker/main.js'], {
    env: processEnv,
    stdio: 'ignore',
  });
  const base = `http://localhost:${port}/api/organisations/${organisation.id}/people-imports`;
  const call = async (method, url, body, contentType) => {
    const response = await fetch(url, {
      method,
      headers: { ...headers, ...(contentType && { 'content-type': contentType }) },
      body,
    });
    if (!response.ok)
      throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
    return response.json();
  };
  const timed = async (work) => {
    const started = performance.now();
    const result = await work();
    return { result, ms: performance.now() - started };
  };
  const until = async (importId, done) => {
    for (;;) {
      const upload = await call('GET', `${base}/${importId}`);
      if (done(upload)) return upload;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };
  try {
    await waitFor(
      async () => (await fetch(`http://localhost:${port}/api/health/ready`).catch(() => null))?.ok,
      { timeoutMs: 60_000, what: 'the API' },
    );
    await waitFor(
      async () =>
        (await fetch(`http://localhost:${port + 1}/api/health/ready`).catch(() => null))?.ok,
      { timeoutMs: 60_000, what: 'the worker' },
    );
    // One small upload first, so the first connection's start-up is not measured.
    await call(
      'POST',
      `${base}?fileName=warm.csv`,
      Buffer.from('naam;email;team\nA;a@b.test;X\n'),
      csvType,
    );

    const csvPreview = await timed(() => call('POST', `${base}?fileName=groot.csv`, csv, csvType));
    const xlsxPreview = await timed(() =>
      call('POST', `${base}?fileName=groot.xlsx`, xlsx, xlsxType),
    );
    const statuses = (upload) =>
      upload.rows.reduce(
        (counts, row) => ({ ...counts, [row.status]: (counts[row.status] ?? 0) + 1 }),
        {},
      );
    const importId = csvPreview.result.id;
    const imported = await timed(async () => {
      await call(
        'POST',
        `${base}/${importId}/start`,
        JSON.stringify({ mode: 'add_and_update', skipLines: [] }),
        'application/json',
      );
      return until(importId, (upload) => upload.status !== 'running');
    });
    if (imported.result.status !== 'imported')
      throw new Error(`The import ended ${imported.result.status}`);
    const sent = await timed(async () => {
      await call('POST', `${base}/${importId}/send-invitations`);
      return until(importId, (upload) => upload.invitationsToSend === 0);
    });
    const again = await timed(() =>
      call('POST', `${base}?fileName=groot-opnieuw.csv`, csv, csvType),
    );
    const outbox = Number(
      (await client.query(`SELECT count(*) FROM outbox_message`)).rows[0].count,
    );

    console.log(`\nPeople import benchmark, ${new Date().toISOString().slice(0, 10)}`);
    console.log(
      `Machine: ${cpus().length} cores (${cpus()[0].model}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
    );
    console.log(
      `Data: ${PEOPLE} lines over ${TEAMS} teams; ${PEOPLE / 10} people already in their team; CSV ${Math.round(csv.length / 1024)} KiB, XLSX ${Math.round(xlsx.length / 1024)} KiB\n`,
    );
    console.log('| Step | Time | What came out |');
    console.log('| --- | --- | --- |');
    console.log(
      `| Preview of the CSV (upload, read, check, store, answer) | ${seconds(csvPreview.ms)} | ${JSON.stringify(statuses(csvPreview.result))} |`,
    );
    console.log(
      `| Preview of the same list as XLSX | ${seconds(xlsxPreview.ms)} | ${JSON.stringify(statuses(xlsxPreview.result))} |`,
    );
    console.log(
      `| Import as a worker job (add and update), until done | ${seconds(imported.ms)} | ${imported.result.processed} lines handled |`,
    );
    console.log(
      `| Mailing the invitations (worker), until done | ${seconds(sent.ms)} | ${sent.result.invitationsSent} invitations, ${outbox} mails in the outbox |`,
    );
    console.log(
      `| The same CSV again: preview | ${seconds(again.ms)} | ${JSON.stringify(statuses(again.result))} |`,
    );
    const slowest = Math.max(csvPreview.ms, xlsxPreview.ms, again.ms);
    console.log(
      `\nTarget: a 2,000-line preview within ${seconds(PREVIEW_TARGET_MS)}: ${slowest <= PREVIEW_TARGET_MS ? 'met' : 'NOT met'}`,
    );
    if (slowest > PREVIEW_TARGET_MS) process.exitCode = 1;
  } finally {
    await client.end();
    await Promise.all([stopProcess(api), stopProcess(worker)]);
  }
});
