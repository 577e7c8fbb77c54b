// npm run bench:load: 1,000 people in 100 s against `npm run start:cluster` (nginx, two APIs,
// two workers) with Artillery, doing what people do: log in, Vandaag, read a lesson, answer a
// reflection, the learning board, and for team leads a report. On a scratch database with the
// demo data plus 20 teams of 12 whose reflection question a worker has just delivered. Prints
// p50/p95/p99 per step and the error rate. Needs the build (the npm script makes it).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpus, totalmem } from 'node:os';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { DateTime } from 'luxon';
import pg from 'pg';
import {
  assertNode24,
  freePort,
  run,
  stopProcess,
  waitFor,
} from '../tools/scripts/lib/processes.mjs';
import { withScratchDatabase } from '../tools/scripts/lib/scratch-database.mjs';

assertNode24();

const TEAMS = 20;
const MEMBERS = 12;
const TARGET_P95_MS = 300;
const LOAD_DIR = 'bench/load';
const ARTILLERY = `${LOAD_DIR}/node_modules/.bin/artillery`;
const CLUSTER_DIR = 'tmp/cluster-load';
const demo = JSON.parse(readFileSync('libs/api/identity/src/lib/demo/demo-accounts.json', 'utf8'));

/** The load tool lives in its own package (bench/load), installed on first use. */
async function ensureArtillery() {
  if (existsSync(ARTILLERY)) return;
  console.log('Installing Artillery in bench/load (once) …');
  const installed = await run('npm', ['install', '--no-audit', '--no-fund', '--prefix', LOAD_DIR], {
    env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
  });
  if (installed.code !== 0) throw new Error('Could not install Artillery');
}

/** A browser's worth of HTTP: cookies kept, the CSRF token sent back. */
async function logIn(base, email) {
  const csrf = randomBytes(16).toString('hex');
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      cookie: `lr_csrf=${csrf}`,
      'x-csrf-token': csrf,
    },
    body: JSON.stringify({ email, password: demo.password }),
  });
  if (!response.ok) throw new Error(`${email} cannot log in: ${await response.text()}`);
  const session = response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ');
  return { cookie: `${session}; lr_csrf=${csrf}`, 'x-csrf-token': csrf };
}

/** 20 teams of 12 in the demo organisation, each with a lead, all with the demo password. */
async function addTeams(client) {
  const {
    rows: [organisation],
  } = await client.query(
    `SELECT o.id, u.password_hash FROM organisation o, app_user u
      WHERE o.name = $1 AND u.email = $2`,
    [demo.organisation, demo.people.find((person) => !person.twoFactorSecret).email],
  );
  const teams = [];
  for (let t = 1; t <= TEAMS; t++) {
    const {
      rows: [team],
    } = await client.query(
      `INSERT INTO team (organisation_id, name) VALUES ($1, $2) RETURNING id`,
      [organisation.id, `Wijkteam Belasting ${String(t).padStart(2, '0')}`],
    );
    const members = [];
    for (let m = 1; m <= MEMBERS; m++) {
      const email = `belasting.${t}.${m}@voorbeeldstad.test`;
      const {
        rows: [user],
      } = await client.query(
        `INSERT INTO app_user (email, name, password_hash) VALUES ($1, $2, $3) RETURNING id`,
        [email, `Collega ${t}.${m}`, organisation.password_hash],
      );
      await client.query(
        `INSERT INTO team_membership (user_id, team_id, role) VALUES ($1, $2, $3)`,
        [user.id, team.id, m === 1 ? 'team_lead' : 'professional'],
      );
      members.push(email);
    }
    teams.push({ id: team.id, lead: members[0], members });
  }
  return teams;
}

/** Each lead plans a question a worker delivers in the next minutes: what people then answer. */
async function planQuestions(base, teams, client) {
  const at = DateTime.now().setZone('Europe/Amsterdam').plus({ minutes: 1, seconds: 20 });
  for (const team of teams) {
    const headers = await logIn(base, team.lead);
    const response = await fetch(`${base}/api/teams/${team.id}/reflection-moments`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({
        question: 'Wat heb je deze week van een collega geleerd?',
        schedule: {
          time: at.toFormat('HH:mm'),
          startDate: at.toISODate(),
          recurrence: { kind: 'once' },
          workingDays: [1, 2, 3, 4, 5, 6, 7],
        },
      }),
    });
    if (response.status !== 201) throw new Error(`No moment: ${await response.text()}`);
  }
  console.log(
    `Waiting for the workers to deliver ${TEAMS} questions (due ${at.toFormat('HH:mm')}) …`,
  );
  await waitFor(
    async () => {
      const { rows } = await client.query(
        `SELECT o.id, m.team_id FROM reflection_occurrence o
           JOIN reflection_moment m ON m.id = o.moment_id
          WHERE m.team_id = ANY ($1::uuid[])`,
        [teams.map((team) => team.id)],
      );
      for (const row of rows) teams.find((team) => team.id === row.team_id).occurrenceId = row.id;
      return rows.length === TEAMS;
    },
    { timeoutMs: 240_000, what: 'The delivered questions' },
  );
}

/** CPU seconds so far of each part of the system, from /proc: where the load test's time goes. */
function cpuByPart() {
  const ticks = 100;
  const parts = {};
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    let stat;
    let command;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
    } catch {
      continue;
    }
    const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const seconds = (Number(fields[11]) + Number(fields[12])) / ticks;
    const part = command.includes('dist/apps/api/main.js')
      ? 'API processes (2)'
      : command.includes('dist/apps/worker/main.js')
        ? 'worker processes (2)'
        : name === 'postgres'
          ? 'PostgreSQL'
          : name === 'redis-server'
            ? 'Redis'
            : name === 'nginx'
              ? 'nginx'
              : 'everything else on the machine';
    parts[part] = (parts[part] ?? 0) + seconds;
  }
  // Artillery has exited when the load is over: its time is in this process's children's.
  const self = readFileSync('/proc/self/stat', 'utf8');
  const own = self.slice(self.lastIndexOf(')') + 2).split(' ');
  parts['Artillery (the load generator)'] = (Number(own[13]) + Number(own[14])) / ticks;
  return parts;
}

function percentile(summary, key) {
  return summary?.[key] === undefined ? '—' : Math.round(summary[key]);
}

await ensureArtillery();
await withScratchDatabase('load', async (env) => {
  const port = await freePort();
  rmSync(CLUSTER_DIR, { recursive: true, force: true });
  const cluster = spawn(process.execPath, ['tools/scripts/start-cluster.mjs', '--no-build'], {
    env: { ...env, PORT: String(port), CLUSTER_DIR, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  const client = new pg.Client({ connectionString: env.DATABASE_URL });
  try {
    await waitFor(async () => (await fetch(`${base}/api/health/ready`)).ok, {
      timeoutMs: 240_000,
      what: 'The cluster',
    });
    await client.connect();
    const teams = await addTeams(client);
    await planQuestions(base, teams, client);
    const {
      rows: [lesson],
    } = await client.query(
      `SELECT m.slug AS module, l.slug AS lesson FROM lesson l
         JOIN learning_module m ON m.id = l.module_id
        ORDER BY m.position, l.position LIMIT 1`,
    );
    const now = DateTime.now().setZone('Europe/Amsterdam');
    const rows = teams.flatMap((team) =>
      team.members.map((email) =>
        [
          email,
          team.lead,
          team.id,
          team.occurrenceId,
          lesson.module,
          lesson.lesson,
          now.minus({ months: 5 }).toFormat('yyyy-MM'),
          now.toFormat('yyyy-MM'),
          randomBytes(16).toString('hex'),
        ].join(','),
      ),
    );
    writeFileSync(`${LOAD_DIR}/people.csv`, `${['header', ...rows].join('\n')}\n`);

    console.log('Load: 1,000 people in 100 s …');
    const cpuBefore = cpuByPart();
    const loadStarted = Date.now();
    const report = `${CLUSTER_DIR}/artillery.json`;
    const load = await run(
      ARTILLERY,
      ['run', '--target', base, '--output', report, `${LOAD_DIR}/scenario.yml`],
      { quiet: true, env: { ...process.env, ARTILLERY_DISABLE_TELEMETRY: 'true' } },
    );
    if (load.code !== 0) throw new Error(`Artillery failed:\n${load.output.slice(-3000)}`);
    const loadSeconds = (Date.now() - loadStarted) / 1000;
    const cpuAfter = cpuByPart();
    const { aggregate } = JSON.parse(readFileSync(report, 'utf8'));
    const prefix = 'plugins.metrics-by-endpoint.response_time.';
    const steps = Object.keys(aggregate.summaries).filter((key) => key.startsWith(prefix));
    const requests = aggregate.counters['http.requests'] ?? 0;
    const failed =
      Object.entries(aggregate.counters)
        .filter(([key]) => /^http\.codes\.[45]\d\d$/.test(key) || key.startsWith('errors.'))
        .reduce((sum, [, count]) => sum + count, 0) ?? 0;

    console.log(
      `\nLoad test on the cluster — ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}`,
    );
    console.log('| Step | Requests | p50 ms | p95 ms | p99 ms | p95 <= 300 ms |');
    console.log('| --- | --- | --- | --- | --- | --- |');
    for (const key of steps) {
      const summary = aggregate.summaries[key];
      console.log(
        `| ${key.slice(prefix.length)} | ${summary.count} | ${percentile(summary, 'p50')} | ${percentile(summary, 'p95')} | ${percentile(summary, 'p99')} | ${summary.p95 <= TARGET_P95_MS ? 'met' : 'not met'} |`,
      );
    }
    const all = aggregate.summaries['http.response_time'];
    console.log(
      `| all requests | ${requests} | ${percentile(all, 'p50')} | ${percentile(all, 'p95')} | ${percentile(all, 'p99')} | ${all.p95 <= TARGET_P95_MS ? 'met' : 'not met'} |`,
    );
    const codes = Object.entries(aggregate.counters)
      .filter(([key]) => key.startsWith('http.codes.') || key.startsWith('errors.'))
      .map(([key, count]) => `${key.replace('http.codes.', '')}: ${count}`)
      .join(', ');
    console.log(
      `\nCPU during the load (${loadSeconds.toFixed(0)} s, ${cpus().length} cores = ${(loadSeconds * cpus().length).toFixed(0)} CPU seconds):`,
    );
    console.log('| Part | CPU seconds | Share of the cores |');
    console.log('| --- | --- | --- |');
    const used = Object.entries(cpuAfter)
      .map(([part, after]) => [part, after - (cpuBefore[part] ?? 0)])
      .sort(([, a], [, b]) => b - a);
    for (const [part, seconds] of used) {
      console.log(
        `| ${part} | ${seconds.toFixed(1)} | ${((100 * seconds) / (loadSeconds * cpus().length)).toFixed(0)}% |`,
      );
    }
    console.log(
      `\nPeople: ${aggregate.counters['vusers.created']} started, ${aggregate.counters['vusers.completed'] ?? 0} finished, ${aggregate.counters['vusers.failed'] ?? 0} failed`,
    );
    console.log(
      `Errors: ${failed} of ${requests} requests (${((100 * failed) / Math.max(1, requests)).toFixed(2)}%, target < 1%); answers: ${codes}`,
    );
  } finally {
    await client.end().catch(() => undefined);
    await stopProcess(cluster, 'SIGTERM', 60_000);
  }
});
