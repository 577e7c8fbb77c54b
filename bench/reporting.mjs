// npm run bench:reporting: a large organisation (300 teams, 4,000 professionals, two years of
// activity) on a scratch database. Measures the rollup build from scratch, the organisation and
// team dashboards under 20 concurrent clients, and the same figures by a direct aggregate over
// the raw tables as the baseline. Needs the api build (npm test or nx run api:build builds it).
import { spawn } from 'node:child_process';
import { sessionCookie } from './lib/sessions.mjs';
import { cpus, totalmem } from 'node:os';
import pg from 'pg';
import { assertNode24, run, stopProcess, waitFor } from '../tools/scripts/lib/processes.mjs';
import { withScratchDatabase } from '../tools/scripts/lib/scratch-database.mjs';
import { FROM, PEOPLE, TEAMS, TO, generateReportingData } from './lib/reporting-data.mjs';
import { percentile } from './lib/stats.mjs';

assertNode24();

const CONCURRENCY = 20;
const rows = [];
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const millis = (ms) => `${ms.toFixed(1)} ms`;

/** The baseline: the same figures for every team over the year, straight from the raw rows. */
const rawAggregate = `
  WITH bounds AS (SELECT $1::timestamptz AS lo, $2::timestamptz AS hi)
  SELECT t.id,
    (SELECT count(*) FROM module_enrolment e JOIN team_membership m ON m.user_id = e.user_id, bounds
      WHERE m.team_id = t.id AND e.started_at >= lo AND e.started_at < hi) AS modules_started,
    (SELECT count(*) FROM module_enrolment e JOIN team_membership m ON m.user_id = e.user_id, bounds
      WHERE m.team_id = t.id AND e.completed_at >= lo AND e.completed_at < hi) AS modules_completed,
    (SELECT coalesce(sum(l.minutes), 0) FROM lesson_completion c JOIN lesson l ON l.id = c.lesson_id
       JOIN team_membership m ON m.user_id = c.user_id, bounds
      WHERE m.team_id = t.id AND c.completed_at >= lo AND c.completed_at < hi) AS learning_minutes,
    (SELECT count(*) FROM reflection_delivery d JOIN reflection_occurrence o ON o.id = d.occurrence_id
       JOIN reflection_moment rm ON rm.id = o.moment_id, bounds
      WHERE rm.team_id = t.id AND o.delivered_at >= lo AND o.delivered_at < hi) AS prompts_asked,
    (SELECT count(*) FROM reflection_answer a JOIN reflection_occurrence o ON o.id = a.occurrence_id
       JOIN reflection_moment rm ON rm.id = o.moment_id, bounds
      WHERE rm.team_id = t.id AND o.delivered_at >= lo AND o.delivered_at < hi) AS prompts_answered,
    (SELECT count(*) FROM experiment e, bounds
      WHERE e.team_id = t.id AND e.created_at >= lo AND e.created_at < hi) AS experiments_started,
    (SELECT count(*) FROM experiment e, bounds
      WHERE e.team_id = t.id AND e.evaluated_at >= lo AND e.evaluated_at < hi) AS experiments_evaluated,
    (SELECT count(*) FROM why_question q, bounds
      WHERE q.team_id = t.id AND q.created_at >= lo AND q.created_at < hi) AS why_questions_asked,
    (SELECT count(*) FROM why_question q, bounds
      WHERE q.team_id = t.id AND q.discussed_at >= lo AND q.discussed_at < hi) AS why_questions_discussed
  FROM team t WHERE t.organisation_id = $3`;

async function timed(label, work) {
  const started = performance.now();
  const result = await work();
  rows.push([label, seconds(performance.now() - started)]);
  return result;
}

/** CONCURRENCY clients asking one after another for `ms`; exact percentiles of every answer. */
async function loadTest(url, cookie, ms = 10_000) {
  const latencies = [];
  const until = performance.now() + ms;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < until) {
        const started = performance.now();
        const response = await fetch(url, { headers: { cookie, 'accept-language': 'nl' } });
        await response.arrayBuffer();
        if (!response.ok) throw new Error(`${url}: ${response.status}`);
        latencies.push(performance.now() - started);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    requests: latencies.length,
  };
}

async function rawBaseline(client, organisationId, times) {
  const pool = new pg.Pool({ connectionString: client, max: CONCURRENCY });
  const bounds = [
    `${FROM}-01T00:00:00+01:00`,
    `${TO.slice(0, 4)}-12-01T00:00:00+01:00`,
    organisationId,
  ];
  const latencies = [];
  const one = async () => {
    const started = performance.now();
    await pool.query(rawAggregate, bounds);
    latencies.push(performance.now() - started);
  };
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next++ < times) await one();
    }),
  );
  await pool.end();
  latencies.sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    requests: latencies.length,
  };
}

await withScratchDatabase('bench', async (env) => {
  const cli = (...args) =>
    run(process.execPath, ['dist/apps/api/cli.js', ...args], { env, quiet: true });
  for (const step of [['migrate'], ['content:import']]) {
    const result = await cli(...step);
    if (result.code !== 0) throw new Error(`${step[0]} failed:\n${result.output}`);
  }
  const client = new pg.Client({ connectionString: env.DATABASE_URL });
  await client.connect();
  await timed('Generate the data (PostgreSQL, in one go)', () => generateReportingData(client));
  const count = async (table) =>
    Number((await client.query(`SELECT count(*) FROM ${table}`)).rows[0].count);
  const sizes = {
    lessons: await count('lesson_completion'),
    answers: await count('reflection_answer'),
    deliveries: await count('reflection_delivery'),
    experiments: await count('experiment'),
    questions: await count('why_question'),
  };

  const rollup = await timed('Rollup build from scratch (`reporting:rollup`)', () =>
    cli('reporting:rollup'),
  );
  if (rollup.code !== 0) throw new Error(`Rollup failed:\n${rollup.output}`);

  // An organisation admin (with two-factor on, as admins must) and a team lead, logged in.
  const {
    rows: [organisation],
  } = await client.query(`SELECT id FROM organisation`);
  const {
    rows: [lead],
  } = await client.query(
    `SELECT m.user_id, m.team_id FROM team_membership m WHERE role = 'team_lead' LIMIT 1`,
  );
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
  const session = (userId) => sessionCookie(client, userId);
  const adminCookie = await session(admin.id);
  const leadCookie = await session(lead.user_id);

  const port = 3400;
  const api = spawn(process.execPath, ['dist/apps/api/main.js'], {
    env: { ...env, PORT: String(port), PUBLIC_URL: `http://localhost:${port}`, LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  try {
    await waitFor(
      async () => (await fetch(`http://localhost:${port}/api/health/ready`).catch(() => null))?.ok,
      { timeoutMs: 60_000, what: 'the API' },
    );
    const query = `from=${FROM}&to=${TO}`;
    const organisationUrl = `http://localhost:${port}/api/organisations/${organisation.id}/reports/team-development?${query}`;
    const teamUrl = `http://localhost:${port}/api/teams/${lead.team_id}/reports/team-development?${query}`;
    // One warm-up each, so the first connection's start-up is not measured.
    await fetch(organisationUrl, { headers: { cookie: adminCookie } });
    await fetch(teamUrl, { headers: { cookie: leadCookie } });
    const alone = async (url, cookie) => {
      const latencies = [];
      for (let request = 0; request < 50; request++) {
        const started = performance.now();
        await (await fetch(url, { headers: { cookie } })).arrayBuffer();
        latencies.push(performance.now() - started);
      }
      return percentile(
        latencies.sort((a, b) => a - b),
        50,
      );
    };
    const organisationAlone = await alone(organisationUrl, adminCookie);
    const teamAlone = await alone(teamUrl, leadCookie);
    // One team in the admin's view: the first answer decides the organisation's rolling windows.
    const oneTeamUrl = `${organisationUrl}&teamId=${lead.team_id}`;
    const firstStarted = performance.now();
    const oneTeam = await (await fetch(oneTeamUrl, { headers: { cookie: adminCookie } })).json();
    const oneTeamFirst = performance.now() - firstStarted;
    const windowsShown = oneTeam.teams[0].rolling.filter(
      (figures) => figures.learningHours !== null,
    ).length;
    const oneTeamAlone = await alone(oneTeamUrl, adminCookie);
    // As a minute later: the rollup rewrote the open months with the same people. The report is
    // made again; the windows' decision is not.
    await client.query(
      `UPDATE reporting_month SET computed_at = now() WHERE month = (SELECT max(month) FROM reporting_month)`,
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    const againStarted = performance.now();
    await (await fetch(oneTeamUrl, { headers: { cookie: adminCookie } })).arrayBuffer();
    const oneTeamAgain = performance.now() - againStarted;
    const organisationLoad = await loadTest(organisationUrl, adminCookie);
    const teamLoad = await loadTest(teamUrl, leadCookie);
    const raw = await rawBaseline(env.DATABASE_URL, organisation.id, 40);

    console.log(`\nReporting benchmark, ${new Date().toISOString().slice(0, 10)}`);
    console.log(
      `Machine: ${cpus().length} cores (${cpus()[0].model}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
    );
    console.log(
      `Data: ${TEAMS} teams, ${PEOPLE} professionals, ${sizes.lessons} lesson completions, ${sizes.deliveries} prompts, ${sizes.answers} reflection answers, ${sizes.experiments} experiments, ${sizes.questions} why-questions; period ${FROM} – ${TO}\n`,
    );
    const table = [
      ...rows,
      ['Organisation dashboard, one request at a time: p50', millis(organisationAlone)],
      ['Team dashboard, one request at a time: p50', millis(teamAlone)],
      [
        `One team in the organisation's view, with its rolling windows: first / p50 (${windowsShown} of ${oneTeam.months.length} learning windows shown)`,
        `${millis(oneTeamFirst)} / ${millis(oneTeamAlone)}`,
      ],
      [
        'The same, the first answer after the rollup ran again with the same people',
        millis(oneTeamAgain),
      ],
      [
        `Organisation dashboard, ${CONCURRENCY} concurrent: p50 / p95 (${organisationLoad.requests} requests)`,
        `${millis(organisationLoad.p50)} / ${millis(organisationLoad.p95)}`,
      ],
      [
        `Team dashboard, ${CONCURRENCY} concurrent: p50 / p95 (${teamLoad.requests} requests)`,
        `${millis(teamLoad.p50)} / ${millis(teamLoad.p95)}`,
      ],
      [
        `Raw aggregate SQL (baseline), ${CONCURRENCY} concurrent: p50 / p95 (${raw.requests} queries)`,
        `${millis(raw.p50)} / ${millis(raw.p95)}`,
      ],
      [
        'Organisation dashboard p95 / raw p95 (target <= 0.1)',
        (organisationLoad.p95 / raw.p95).toFixed(4),
      ],
      ['Team dashboard p95 / raw p95 (target <= 0.1)', (teamLoad.p95 / raw.p95).toFixed(4)],
      [
        'Dashboard p95 target <= 100 ms',
        organisationLoad.p95 <= 100 && teamLoad.p95 <= 100 ? 'met' : 'NOT met',
      ],
    ];
    const width = Math.max(...table.map(([label]) => label.length));
    console.log(`| ${'Measure'.padEnd(width)} | Result |`);
    console.log(`| ${'-'.repeat(width)} | ------ |`);
    for (const [label, value] of table) console.log(`| ${label.padEnd(width)} | ${value} |`);
  } finally {
    await stopProcess(api);
    await client.end();
  }
});
