import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { type Server, type Socket, connect, createServer } from 'node:net';
import { Redis } from 'ioredis';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import type { AppConfig } from '@leerruimte/api-core';
import { createDataSourceOptions } from '@leerruimte/api-infrastructure';
import {
  deleteRedisKeys,
  eventually,
  migrateTestDatabase,
  testConfig,
  truncateAllTables,
} from '@leerruimte/api-infrastructure/testing';

/**
 * Faults during the reflection fan-out, with real worker processes (the build in dist/, as
 * `npm start` runs it) on this run's database and Redis prefix. Each test ends by checking that
 * every member got the prompt once in the app and one mail: nothing lost, nothing twice.
 */
const WORKER = 'dist/apps/worker/main.js';
const TEAMS = 120;
const MEMBERS = 8;
const PEOPLE = TEAMS * MEMBERS;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A TCP proxy to PostgreSQL that can be cut: every connection dropped, new ones refused. */
class CuttableProxy {
  private readonly sockets = new Set<Socket>();
  private cut = false;
  readonly server: Server;

  constructor(target: { host: string; port: number }) {
    this.server = createServer((client) => {
      if (this.cut) {
        client.destroy();
        return;
      }
      const upstream = connect(target.port, target.host);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => undefined);
      }
      client.pipe(upstream).pipe(client);
    });
  }

  async listen(): Promise<number> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return (this.server.address() as { port: number }).port;
  }

  async outage(ms: number): Promise<void> {
    this.cut = true;
    for (const socket of this.sockets) socket.destroy();
    await new Promise((resolve) => setTimeout(resolve, ms));
    this.cut = false;
  }

  close(): void {
    for (const socket of this.sockets) socket.destroy();
    this.server.close();
  }
}

describe('the reflection fan-out under faults', () => {
  let config: AppConfig;
  let dataSource: DataSource;
  let redis: Redis;
  const workers: ChildProcess[] = [];
  const query = (sql: string, params: unknown[] = []) => dataSource.query(sql, params);
  const count = async (sql: string) => Number((await query(sql))[0].n);
  const inApp = () =>
    count(`SELECT count(*) AS n FROM reflection_delivery WHERE channel = 'in_app'`);

  async function startWorker(databaseUrl = config.database.url): Promise<ChildProcess> {
    const worker = spawn(process.execPath, [WORKER], {
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        WORKER_PORT: String(await freePort()),
        LOG_LEVEL: 'error',
        SMTP_URL: '',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    // A worker that cannot start says why, instead of a test that only times out.
    worker.stderr?.on('data', (chunk: Buffer) => process.stderr.write(chunk));
    workers.push(worker);
    return worker;
  }

  async function stop(worker: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    if (worker.exitCode !== null || worker.signalCode !== null) return;
    const exited = new Promise((resolve) => worker.once('exit', resolve));
    worker.kill(signal);
    await exited;
  }

  /** TEAMS teams of MEMBERS, each with a moment due this very minute (or later). */
  async function plan({ dueLater = 0 }: { dueLater?: number } = {}): Promise<void> {
    const now = DateTime.now().setZone('Europe/Amsterdam').startOf('minute');
    const schedule = (at: DateTime) => ({
      timeZone: 'Europe/Amsterdam',
      time: at.toFormat('HH:mm'),
      startDate: at.toISODate(),
      recurrence: { kind: 'once' },
      workingDays: [1, 2, 3, 4, 5, 6, 7],
    });
    await query(`INSERT INTO organisation (name) VALUES ('Gemeente Storing')`);
    await query(
      `INSERT INTO team (organisation_id, name)
       SELECT id, 'Team ' || lpad(n::text, 4, '0') FROM organisation, generate_series(1, ${TEAMS}) n`,
    );
    await query(
      `INSERT INTO app_user (email, name, password_hash)
       SELECT 'lid' || n || '@storing.test', 'Lid ' || n, '' FROM generate_series(1, ${PEOPLE}) n`,
    );
    await query(
      `INSERT INTO team_membership (user_id, team_id, role)
       SELECT u.id, t.id, 'professional'
         FROM (SELECT id, (row_number() OVER (ORDER BY email) - 1) / ${MEMBERS} AS no FROM app_user) u
         JOIN (SELECT id, row_number() OVER (ORDER BY name) - 1 AS no FROM team) t ON t.no = u.no`,
    );
    await query(
      `INSERT INTO reflection_moment (team_id, question, schedule, open_days, reminder_days, status)
       SELECT id, 'Wat leerde je vandaag?',
              CASE WHEN row_number() OVER (ORDER BY name) <= $3 THEN $2::jsonb ELSE $1::jsonb END,
              1, '{}', 'active'
         FROM team`,
      [schedule(now), schedule(now.plus({ hours: 2 })), dueLater],
    );
  }

  /**
   * Everyone due was asked once in the app and mailed once; no occurrence twice. A job that a
   * killed worker held comes back only through BullMQ's stalled-job check: its lock lasts 30 s,
   * and the check marks a job in one round and moves it back in the next, 30 s apart, so it may
   * take 90 s before the job runs again, more on a busy machine; its mails follow it.
   */
  async function expectDeliveredOnce(due = PEOPLE): Promise<void> {
    await eventually(async () => expect(await inApp()).toBe(due), 150_000);
    await eventually(
      async () => expect(await count(`SELECT count(*) AS n FROM outbox_message`)).toBe(due),
      90_000,
    );
    expect(
      await query(`SELECT
        (SELECT count(*)::int FROM reflection_occurrence) AS occurrences,
        (SELECT count(*)::int FROM reflection_delivery WHERE channel = 'email') AS mails,
        (SELECT count(DISTINCT recipient)::int FROM outbox_message) AS recipients,
        (SELECT count(*)::int FROM notification) AS notifications`),
    ).toEqual([{ occurrences: due / MEMBERS, mails: due, recipients: due, notifications: due }]);
  }

  beforeAll(async () => {
    if (!existsSync(WORKER)) {
      throw new Error(`${WORKER} is missing: build the worker first (npm test does)`);
    }
    config = testConfig();
    await migrateTestDatabase(config);
    dataSource = new DataSource(
      createDataSourceOptions({ ...config.database, applicationName: 'leerruimte-test' }),
    );
    await dataSource.initialize();
    redis = new Redis(config.redis.url);
  });

  beforeEach(async () => {
    await truncateAllTables(dataSource);
    await deleteRedisKeys(redis, `${config.redis.keyPrefix}:*`);
  });

  afterEach(async () => {
    await Promise.all(workers.splice(0).map((worker) => stop(worker, 'SIGKILL')));
  });

  afterAll(async () => {
    await dataSource.destroy();
    redis.disconnect();
  });

  it('finishes a fan-out once when its worker is killed half-way and another starts', async () => {
    await plan();
    const first = await startWorker();
    await eventually(async () => expect(await inApp()).toBeGreaterThan(0), 60_000);
    await stop(first, 'SIGKILL');
    const partial = await inApp();
    expect(partial).toBeLessThan(PEOPLE);

    await startWorker();
    await expectDeliveredOnce();
  }, 330_000);

  it('puts the schedule back after Redis lost its data, without asking anyone twice', async () => {
    await plan({ dueLater: TEAMS / 2 });
    const first = await startWorker();
    await expectDeliveredOnce(PEOPLE / 2);
    const delayedKey = `${config.redis.keyPrefix}:reflection:delayed`;
    // Occurrence jobs have deterministic ids: reflection-<moment>-<planned ms>.
    const waiting = async () =>
      (await redis.zrange(delayedKey, '0', '-1')).filter((id) =>
        /^reflection-[\w-]{36}-\d+$/.test(id),
      ).length;
    await eventually(async () => expect(await waiting()).toBe(TEAMS / 2), 30_000);
    await stop(first);

    // As FLUSHALL would, for this run's keys only: other runs may share this Redis.
    await deleteRedisKeys(redis, `${config.redis.keyPrefix}:*`);
    expect(await waiting()).toBe(0);

    await startWorker();
    await eventually(async () => expect(await waiting()).toBe(TEAMS / 2), 60_000);
    await expectDeliveredOnce(PEOPLE / 2);
  }, 240_000);

  it('delivers once with two workers at the same time', async () => {
    await plan();
    await startWorker();
    await startWorker();
    await expectDeliveredOnce();
  }, 240_000);

  it('delivers once when PostgreSQL is unreachable for a few seconds during the fan-out', async () => {
    const url = new URL(config.database.url);
    const proxy = new CuttableProxy({ host: url.hostname, port: Number(url.port || 5432) });
    url.port = String(await proxy.listen());
    try {
      await plan();
      await startWorker(url.toString());
      await eventually(async () => expect(await inApp()).toBeGreaterThan(0), 60_000);
      await proxy.outage(4_000);
      expect(await inApp()).toBeLessThan(PEOPLE);
      await expectDeliveredOnce();
    } finally {
      proxy.close();
    }
  }, 240_000);
});
