// npm run bench:reflection-fanout: 2,000 teams of 12 members whose reflection moment is due in
// the same minute (24,000 deliveries). Measures, on a scratch database and Redis prefix, the
// time from due to the last in-app delivery row and to the last e-mail handed to a local SMTP
// sink, the worker's peak memory, and in the same run the raw BullMQ throughput: addBulk of
// 24,000 no-op jobs processed at the worker's concurrency. Needs the worker build.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, totalmem } from 'node:os';
import { Queue, Worker } from 'bullmq';
import { DateTime } from 'luxon';
import { createTransport } from 'nodemailer';
import pg from 'pg';
import {
  assertNode24,
  freePort,
  run,
  sleep,
  stopProcess,
} from '../tools/scripts/lib/processes.mjs';
import { WORKER_NODE_FLAGS } from '../tools/scripts/lib/platform.mjs';
import { withScratchDatabase } from '../tools/scripts/lib/scratch-database.mjs';

assertNode24();

const TEAMS = 2000;
const MEMBERS = 12;
const DELIVERIES = TEAMS * MEMBERS;
const CONCURRENCY = 5; // The worker's default (WORKER_CONCURRENCY).
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** A mail server that accepts everything and counts the messages: the "local SMTP sink". */
function smtpSink() {
  const state = { messages: 0, lastAt: 0 };
  const server = createServer((socket) => {
    let buffer = '';
    let inData = false;
    socket.write('220 sink ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('latin1');
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end === -1) return;
          buffer = buffer.slice(end + 5);
          inData = false;
          state.messages += 1;
          state.lastAt = Date.now();
          socket.write('250 queued\r\n');
          continue;
        }
        const lineEnd = buffer.indexOf('\r\n');
        if (lineEnd === -1) return;
        const line = buffer.slice(0, lineEnd).toUpperCase();
        buffer = buffer.slice(lineEnd + 2);
        if (line.startsWith('EHLO')) socket.write('250-sink\r\n250 8BITMIME\r\n');
        else if (line.startsWith('DATA')) {
          inData = true;
          socket.write('354 go ahead\r\n');
        } else if (line.startsWith('QUIT')) socket.end('221 bye\r\n');
        else socket.write('250 OK\r\n');
      }
    });
    socket.on('error', () => undefined);
  });
  return { server, state };
}

/** Resident memory of a process, and the peak the kernel saw (VmHWM), in MiB. */
function memoryOf(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024;
  return { rss: field('VmRSS'), peak: field('VmHWM') };
}

async function rawBullmq(redisUrl, prefix) {
  const url = new URL(redisUrl);
  const connection = {
    host: url.hostname,
    port: Number(url.port || 6379),
    maxRetriesPerRequest: null,
  };
  const queue = new Queue('bench-raw', { connection, prefix });
  let done = 0;
  let finished;
  const allDone = new Promise((resolve) => (finished = resolve));
  const worker = new Worker('bench-raw', async () => undefined, {
    connection,
    prefix,
    concurrency: CONCURRENCY,
  });
  worker.on('completed', () => {
    done += 1;
    if (done === DELIVERIES) finished();
  });
  await worker.waitUntilReady();
  const started = performance.now();
  for (let batch = 0; batch < DELIVERIES; batch += 1000) {
    await queue.addBulk(
      Array.from({ length: Math.min(1000, DELIVERIES - batch) }, (_, index) => ({
        name: 'noop',
        data: { index: batch + index },
        opts: { removeOnComplete: true },
      })),
    );
  }
  await allDone;
  const elapsed = performance.now() - started;
  await worker.close();
  await queue.obliterate({ force: true });
  await queue.close();
  return elapsed;
}

/**
 * Raw nodemailer: the same messages as the fan-out's (one stored prompt mail, to each member's
 * address), through a pool of the worker's size to the same sink, all handed over at once.
 */
async function rawNodemailer(sink, smtpPort, message, recipients) {
  const transport = createTransport({
    host: '127.0.0.1',
    port: smtpPort,
    pool: true,
    maxConnections: CONCURRENCY,
  });
  const before = sink.state.messages;
  const started = performance.now();
  await Promise.all(
    recipients.map((to) =>
      transport.sendMail({
        from: 'Leerruimte <noreply@leerruimte.test>',
        to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        ...(message.headers && { headers: message.headers }),
      }),
    ),
  );
  const elapsed = performance.now() - started;
  transport.close();
  if (sink.state.messages - before !== recipients.length) {
    throw new Error(
      `The sink got ${sink.state.messages - before} of ${recipients.length} raw mails`,
    );
  }
  return elapsed;
}

await withScratchDatabase('fanout', async (env) => {
  const migrated = await run(process.execPath, ['dist/apps/api/cli.js', 'migrate'], {
    env,
    quiet: true,
  });
  if (migrated.code !== 0) throw new Error(`Migrating failed:\n${migrated.output}`);
  const client = new pg.Client({ connectionString: env.DATABASE_URL });
  await client.connect();

  // Due at the start of a minute at least 75 s from now, in the teams' local time.
  const due = DateTime.now()
    .setZone('Europe/Amsterdam')
    .plus({ seconds: 75 })
    .startOf('minute')
    .plus({ minutes: 1 });
  const schedule = {
    timeZone: 'Europe/Amsterdam',
    time: due.toFormat('HH:mm'),
    startDate: due.toISODate(),
    recurrence: { kind: 'once' },
    workingDays: [1, 2, 3, 4, 5, 6, 7],
  };
  await client.query(`INSERT INTO organisation (name) VALUES ('Gemeente Fanout')`);
  await client.query(
    `INSERT INTO team (organisation_id, name)
     SELECT id, 'Team ' || n FROM organisation, generate_series(1, ${TEAMS}) n`,
  );
  await client.query(
    `INSERT INTO app_user (email, name, password_hash)
     SELECT 'lid' || n || '@fanout.test', 'Lid ' || n, '' FROM generate_series(1, ${DELIVERIES}) n`,
  );
  await client.query(
    `INSERT INTO team_membership (user_id, team_id, role)
     SELECT u.id, t.id, 'professional'
       FROM (SELECT id, (row_number() OVER (ORDER BY email) - 1) / ${MEMBERS} AS team_no FROM app_user) u
       JOIN (SELECT id, row_number() OVER (ORDER BY name) - 1 AS no FROM team) t ON t.no = u.team_no`,
  );
  await client.query(
    `INSERT INTO reflection_moment (team_id, question, schedule, open_days, reminder_days, status)
     SELECT id, 'Wat leerde je vandaag?', $1, 1, '{}', 'active' FROM team`,
    [schedule],
  );

  const sink = smtpSink();
  const smtpPort = await freePort();
  await new Promise((resolve) => sink.server.listen(smtpPort, '127.0.0.1', resolve));
  const workerPort = await freePort();
  // Started as npm start and the worker's image start it.
  const worker = spawn(process.execPath, [...WORKER_NODE_FLAGS, 'dist/apps/worker/main.js'], {
    env: {
      ...env,
      WORKER_PORT: String(workerPort),
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      LOG_LEVEL: 'warn',
    },
    stdio: 'ignore',
  });
  let peak = 0;
  let atDue = 0;
  const sampler = setInterval(() => {
    try {
      const memory = memoryOf(worker.pid);
      peak = Math.max(peak, memory.peak);
      if (Date.now() < due.toMillis()) atDue = memory.rss;
    } catch {
      // The worker has not started or has stopped.
    }
  }, 200);
  try {
    const dueMs = due.toMillis();
    const count = async (sql) => Number((await client.query(sql)).rows[0].n);
    let inAppDone = 0;
    const deadline = dueMs + 15 * 60_000;
    while (Date.now() < deadline) {
      const inApp = await count(
        `SELECT count(*) AS n FROM reflection_delivery WHERE channel = 'in_app'`,
      );
      if (inApp === DELIVERIES && !inAppDone) inAppDone = Date.now();
      if (inAppDone && sink.state.messages >= DELIVERIES) break;
      await sleep(250);
    }
    const [{ last_in_app: lastInApp }] = (
      await client.query(
        `SELECT max(created_at) AS last_in_app FROM reflection_delivery WHERE channel = 'in_app'`,
      )
    ).rows;
    const inAppMs = lastInApp ? lastInApp.getTime() - dueMs : NaN;
    const mailed = sink.state.messages;
    const mailMs = mailed >= DELIVERIES ? sink.state.lastAt - dueMs : NaN;
    const { peak: kernelPeak } = memoryOf(worker.pid);
    await stopProcess(worker);
    clearInterval(sampler);
    const raw = await rawBullmq(env.REDIS_URL, `${env.REDIS_KEY_PREFIX}-raw`);
    const [sample] = (
      await client.query(
        `SELECT subject, text, html, headers FROM outbox_message ORDER BY created_at LIMIT 1`,
      )
    ).rows;
    const addresses = (await client.query(`SELECT email FROM app_user ORDER BY email`)).rows;
    const rawMail = await rawNodemailer(
      sink,
      smtpPort,
      sample,
      addresses.map((row) => row.email),
    );

    console.log(`\nReflection fan-out benchmark, ${new Date().toISOString().slice(0, 10)}`);
    console.log(
      `Machine: ${cpus().length} cores (${cpus()[0].model}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; worker concurrency ${CONCURRENCY}`,
    );
    console.log(`Data: ${TEAMS} teams of ${MEMBERS}, one moment each, due at ${due.toISO()}\n`);
    const rows = [
      [`Due to last in-app delivery row (${DELIVERIES} deliveries)`, seconds(inAppMs)],
      [`Due to last e-mail handed to the SMTP sink (${mailed} mails)`, seconds(mailMs)],
      ['Worker memory just before due (VmRSS)', `${atDue.toFixed(0)} MiB`],
      ['Worker peak memory (VmHWM)', `${Math.max(peak, kernelPeak).toFixed(0)} MiB`],
      [
        `Raw BullMQ: addBulk ${DELIVERIES} no-op jobs and process them (concurrency ${CONCURRENCY})`,
        seconds(raw),
      ],
      ['In-app fan-out / raw BullMQ (target <= 3)', (inAppMs / raw).toFixed(2)],
      [
        `Raw nodemailer: ${DELIVERIES} of the same mails to the same sink (pool of ${CONCURRENCY})`,
        seconds(rawMail),
      ],
      ['In-app fan-out within 60 s', inAppMs <= 60_000 ? 'met' : 'NOT met'],
      ['Mails / raw nodemailer (target <= 1.5)', (mailMs / rawMail).toFixed(2)],
      ['Worker peak memory under 256 MiB', Math.max(peak, kernelPeak) < 256 ? 'met' : 'NOT met'],
    ];
    const width = Math.max(...rows.map(([label]) => label.length));
    console.log(`| ${'Measure'.padEnd(width)} | Result |`);
    console.log(`| ${'-'.repeat(width)} | ------ |`);
    for (const [label, value] of rows) console.log(`| ${label.padEnd(width)} | ${value} |`);
  } finally {
    clearInterval(sampler);
    if (worker.exitCode === null) await stopProcess(worker);
    sink.server.close();
    await client.end();
  }
});
