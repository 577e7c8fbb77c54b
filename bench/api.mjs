// npm run bench:api: requests per second and latency of the API under 20 keep-alive clients, in
// one run: a bare Fastify hello (the floor), /api/health (the API without a session), and the
// GETs logged-in people make most, as the demo accounts: who am I, the modules, the team's
// board, Vandaag, and the organisation dashboard on bench:reporting's organisation (300 teams,
// 4,000 professionals, two years of activity). Needs the api build.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import autocannon from 'autocannon';
import { Secret, TOTP } from 'otpauth';
import pg from 'pg';
import {
  assertNode24,
  freePort,
  run,
  stopProcess,
  waitFor,
} from '../tools/scripts/lib/processes.mjs';
import { testServices, withScratchDatabase } from '../tools/scripts/lib/scratch-database.mjs';
import {
  FROM,
  ORGANISATION_NAME,
  PEOPLE,
  TEAMS,
  TO,
  generateReportingData,
} from './lib/reporting-data.mjs';
import { percentile } from './lib/stats.mjs';

assertNode24();

const CONNECTIONS = 20;
const WARM_UP_SECONDS = 2;
const SECONDS = 5;
/** The issue's target: a logged-in GET of cached or simple data, against /api/health. */
const RATIO_TARGET = 0.6;
const DASHBOARD_P95_TARGET_MS = 20;
const demo = JSON.parse(readFileSync('libs/api/identity/src/lib/demo/demo-accounts.json', 'utf8'));
const PROFESSIONAL = 'fatma.yilmaz@voorbeeldstad.test';
const PROFESSIONAL_TEAM = 'Wijkteam Noord';
const ORGANISATION_ADMIN = 'anouk.debruijn@voorbeeldstad.test';
/** As a browser asks: it takes a compressed answer wherever the API offers one. */
const BROWSER_HEADERS = { 'accept-encoding': 'gzip, deflate, br, zstd' };

/**
 * Logs in through the API as the web app does (double-submit CSRF cookie and header, then the
 * second factor for an admin). Once per account: the login throttle counts attempts.
 */
async function logIn(base, email) {
  const csrf = randomBytes(24).toString('base64url');
  const post = (path, body) =>
    fetch(`${base}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: `lr_csrf=${csrf}`,
        'x-csrf-token': csrf,
      },
      body: JSON.stringify(body),
    });
  let response = await post('/api/auth/login', { email, password: demo.password });
  const answer = await response.json();
  if (response.ok && answer.twoFactorRequired) {
    const person = demo.people.find((candidate) => candidate.email === email);
    const code = new TOTP({ secret: Secret.fromBase32(person.twoFactorSecret) }).generate();
    response = await post('/api/auth/login/two-factor', { challenge: answer.challenge, code });
    await response.arrayBuffer();
  }
  const session = response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .find((cookie) => cookie.startsWith('lr_session='));
  if (!response.ok || !session) throw new Error(`Logging in as ${email}: ${response.status}`);
  return `${session}; lr_csrf=${csrf}`;
}

/** CONNECTIONS keep-alive clients for `seconds`; every answer's latency, exact percentiles. */
function load(url, cookie, seconds) {
  return new Promise((resolve, reject) => {
    const latencies = [];
    const instance = autocannon(
      {
        url,
        connections: CONNECTIONS,
        duration: seconds,
        headers: { ...BROWSER_HEADERS, ...(cookie && { cookie }) },
      },
      (error, result) => {
        if (error) return reject(error);
        latencies.sort((a, b) => a - b);
        resolve({
          // Only 2xx answers count as served; everything else is an error.
          perSecond: result['2xx'] / result.duration,
          bytesPerAnswer: result.throughput.total / Math.max(1, result['2xx'] + result.non2xx),
          errors: result.errors + result.non2xx,
          p50: percentile(latencies, 50),
          p95: percentile(latencies, 95),
          p99: percentile(latencies, 99),
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  });
}

function printTable(header, lines) {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.map((line) => line[column].length)),
  );
  const format = (cells) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  console.log(format(header));
  console.log(`| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`);
  for (const line of lines) console.log(format(line));
}

await withScratchDatabase('api', async (env) => {
  const cli = async (...args) => {
    const result = await run(process.execPath, ['dist/apps/api/cli.js', ...args], {
      env,
      quiet: true,
    });
    if (result.code !== 0) throw new Error(`${args.join(' ')} failed:\n${result.output}`);
  };
  await cli('migrate');
  await cli('content:import');
  const client = new pg.Client({ connectionString: env.DATABASE_URL });
  await client.connect();
  try {
    // Before the demo seed: the generator spreads over every organisation and person there is.
    console.error('Generating the large organisation (about a minute and a half) …');
    await generateReportingData(client);
    await cli('seed');
    await cli('reporting:rollup');
    // The demo's organisation admin also administers the large organisation.
    const {
      rows: [organisation],
    } = await client.query(`SELECT id FROM organisation WHERE name = $1`, [ORGANISATION_NAME]);
    await client.query(
      `INSERT INTO organisation_admin (user_id, organisation_id)
       SELECT id, $2 FROM app_user WHERE email = $1`,
      [ORGANISATION_ADMIN, organisation.id],
    );

    const [helloPort, apiPort] = [await freePort(), await freePort()];
    const hello = spawn(process.execPath, ['bench/lib/hello-server.mjs', String(helloPort)], {
      stdio: 'ignore',
    });
    const base = `http://127.0.0.1:${apiPort}`;
    const api = spawn(process.execPath, ['dist/apps/api/main.js'], {
      env: {
        ...env,
        HOST: '127.0.0.1',
        PORT: String(apiPort),
        PUBLIC_URL: base,
        LOG_LEVEL: 'warn',
      },
      stdio: 'ignore',
    });
    try {
      await waitFor(async () => (await fetch(`${base}/api/health/ready`)).ok, {
        timeoutMs: 60_000,
        what: 'the API',
      });
      await waitFor(async () => (await fetch(`http://127.0.0.1:${helloPort}/`)).ok, {
        timeoutMs: 10_000,
        what: 'the Fastify hello server',
      });
      const professional = await logIn(base, PROFESSIONAL);
      const admin = await logIn(base, ORGANISATION_ADMIN);
      const me = await (
        await fetch(`${base}/api/auth/me`, { headers: { cookie: professional } })
      ).json();
      const team = me.teams.find((candidate) => candidate.name === PROFESSIONAL_TEAM);

      // `simple`: cached or simple data, which the ratio target is about.
      const targets = [
        { name: 'Raw Fastify hello (no Nest)', url: `http://127.0.0.1:${helloPort}/` },
        { name: 'GET /api/health', url: `${base}/api/health` },
        {
          name: 'GET /api/auth/me',
          url: `${base}/api/auth/me`,
          cookie: professional,
          simple: true,
        },
        {
          name: 'GET /api/learning/modules',
          url: `${base}/api/learning/modules`,
          cookie: professional,
          simple: true,
        },
        {
          name: 'GET /api/teams/:id/board',
          url: `${base}/api/teams/${team.id}/board`,
          cookie: professional,
        },
        { name: 'GET /api/today (Vandaag)', url: `${base}/api/today`, cookie: professional },
        {
          name: `Organisation dashboard (${TEAMS} teams)`,
          url: `${base}/api/organisations/${organisation.id}/reports/team-development?from=${FROM}&to=${TO}`,
          cookie: admin,
          simple: true,
          dashboard: true,
        },
      ];
      const results = [];
      for (const { name, url, cookie, ...kind } of targets) {
        const check = await fetch(url, {
          headers: { ...BROWSER_HEADERS, ...(cookie && { cookie }) },
        });
        await check.arrayBuffer();
        if (!check.ok) throw new Error(`${name}: ${check.status}`);
        await load(url, cookie, WARM_UP_SECONDS);
        const measured = await load(url, cookie, SECONDS);
        results.push({ name, ...kind, ...measured });
        if (kind.dashboard) {
          // The floor for an answer this large: raw Fastify sending as many bytes as were sent.
          targets.push({
            name: 'Raw Fastify, as many bytes as the dashboard',
            url: `http://127.0.0.1:${helloPort}/bytes/${Math.round(measured.bytesPerAnswer)}`,
          });
        }
        console.error(`measured ${name}`);
      }

      const health = results[1].perSecond;
      const millis = (ms) => ms.toFixed(1);
      console.log(`\nAPI benchmark, ${new Date().toISOString().slice(0, 10)}`);
      console.log(
        `Machine: ${cpus().length} cores (${cpus()[0].model}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
      );
      console.log(
        `${CONNECTIONS} keep-alive connections (autocannon), ${WARM_UP_SECONDS} s warm-up then ${SECONDS} s per target, asking as a browser does (accept-encoding: ${BROWSER_HEADERS['accept-encoding']}); API from dist/ with LOG_LEVEL=warn; logged in as ${PROFESSIONAL} (dashboard: ${ORGANISATION_ADMIN}); dashboard data: ${TEAMS} teams, ${PEOPLE} professionals, ${FROM} – ${TO}\n`,
      );
      printTable(
        [
          'Target',
          'Requests/s',
          'x /api/health',
          'KiB/answer',
          'p50 ms',
          'p95 ms',
          'p99 ms',
          'Errors',
        ],
        results.map((result) => [
          result.name,
          result.perSecond.toFixed(0),
          (result.perSecond / health).toFixed(2),
          (result.bytesPerAnswer / 1024).toFixed(1),
          millis(result.p50),
          millis(result.p95),
          millis(result.p99),
          String(result.errors),
        ]),
      );
      const simple = results.filter((result) => result.simple);
      const dashboard = results.find((result) => result.dashboard);
      const below = simple.filter((result) => result.perSecond / health < RATIO_TARGET);
      console.log(
        `\nLogged-in GETs of cached or simple data (${simple.map((result) => result.name).join(', ')}) >= ${RATIO_TARGET}x /api/health: ${below.length === 0 ? 'met' : `NOT met by ${below.map((result) => result.name).join(', ')}`}`,
      );
      console.log(
        `Organisation dashboard p95 <= ${DASHBOARD_P95_TARGET_MS} ms: ${dashboard.p95 <= DASHBOARD_P95_TARGET_MS ? 'met' : 'NOT met'}`,
      );
    } finally {
      await stopProcess(api);
      await stopProcess(hello);
    }
  } finally {
    await client.end();
  }
});
await (await testServices()).stop();
