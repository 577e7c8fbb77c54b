import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { Redis } from 'ioredis';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import type { AppConfig } from '@leerruimte/api-core';
import { QueueName, createDataSourceOptions } from '@leerruimte/api-infrastructure';
import { identityDataEntities } from '@leerruimte/api-identity-data';
import { identityFactories } from '@leerruimte/api-identity-data/testing';
import { reflectionEntities } from '@leerruimte/api-reflection';
import { reflectionFactories } from '@leerruimte/api-reflection/testing';
import {
  type RedisServer,
  eventually,
  freePort,
  migrateTestDatabase,
  startRedisServer,
  testConfig,
  truncateAllTables,
} from '@leerruimte/api-infrastructure/testing';

/**
 * Redis losing all its data under running workers (a restart without persistence, a failover to
 * an empty replica): two real worker processes (the build in dist/, as `npm start` runs it) on a
 * redis-server of this file's own, which it flushes. Without a restart, the workers must put
 * their schedules back and every moment's next occurrence must reach each member once.
 */
const WORKER = 'dist/apps/worker/main.js';
const CHECK_MS = 1_000;
const TEAM = ['Anna', 'Bram', 'Cem'];

describe('the worker after Redis lost its data', () => {
  let server: RedisServer;
  let config: AppConfig;
  let dataSource: DataSource;
  let redis: Redis;
  const workers: ChildProcess[] = [];
  const count = async (sql: string) => Number((await dataSource.query(sql))[0].n);

  /** Resolves once the worker has started: its ops port answers after every start-up hook ran. */
  async function startWorker(): Promise<void> {
    const port = await freePort();
    const worker = spawn(process.execPath, [WORKER], {
      env: {
        ...process.env,
        DATABASE_URL: config.database.url,
        REDIS_URL: server.url,
        HOST: '127.0.0.1',
        WORKER_PORT: String(port),
        WORKER_REDIS_CHECK_MS: String(CHECK_MS),
        LOG_LEVEL: 'error',
        SMTP_URL: '',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    // A worker that cannot start says why, instead of a test that only times out.
    worker.stderr?.on('data', (chunk: Buffer) => process.stderr.write(chunk));
    workers.push(worker);
    await eventually(async () => {
      expect((await fetch(`http://127.0.0.1:${port}/api/health`)).ok).toBe(true);
    }, 60_000);
  }

  async function stop(worker: ChildProcess): Promise<void> {
    if (worker.exitCode !== null || worker.signalCode !== null) return;
    const exited = new Promise((resolve) => worker.once('exit', resolve));
    worker.kill('SIGKILL');
    await exited;
  }

  /** Every job scheduler in Redis, by queue: the heartbeat, the reconcile, the rollup, ... */
  async function schedulers(): Promise<string[]> {
    const ids = await Promise.all(
      Object.values(QueueName).map(async (queue) =>
        (await redis.zrange(`${config.redis.keyPrefix}:${queue}:repeat`, '0', '-1')).map(
          (id) => `${queue}/${id}`,
        ),
      ),
    );
    return ids.flat().sort();
  }

  const delayed = () => redis.zrange(`${config.redis.keyPrefix}:reflection:delayed`, '0', '-1');
  const occurrenceJob = (momentId: string, at: DateTime) =>
    `reflection-${momentId}-${at.toMillis()}`;
  /** No reflection job waiting or running: what the last recovery started has finished. */
  const idle = async () =>
    (await redis.llen(`${config.redis.keyPrefix}:reflection:wait`)) +
    (await redis.llen(`${config.redis.keyPrefix}:reflection:active`));
  /** Recovery reconciles that ran, across both workers. */
  const recoveries = async () =>
    (await redis.zrange(`${config.redis.keyPrefix}:reflection:completed`, '0', '-1')).filter((id) =>
      id.startsWith('reflection.reconcile-after-data-loss-'),
    ).length;

  beforeAll(async () => {
    if (!existsSync(WORKER)) {
      throw new Error(`${WORKER} is missing: build the worker first (npm test does)`);
    }
    server = await startRedisServer();
    config = testConfig();
    await migrateTestDatabase(config);
    dataSource = new DataSource(
      // The entities the factories insert through.
      createDataSourceOptions({ ...config.database, applicationName: 'leerruimte-test' }, [
        ...identityDataEntities,
        ...reflectionEntities,
      ]),
    );
    await dataSource.initialize();
    await truncateAllTables(dataSource);
    redis = new Redis(server.url);
  });

  afterAll(async () => {
    await Promise.all(workers.splice(0).map(stop));
    await dataSource.destroy();
    redis.disconnect();
    await server.stop();
  });

  it('puts its schedules back within a minute and asks every member once', async () => {
    // Moments have whole minutes: the first one at least 30 s away, so the flush comes before it.
    const soon = DateTime.now().setZone('Europe/Amsterdam').plus({ seconds: 90 }).startOf('minute');
    const later = soon.plus({ hours: 2 });
    const identity = identityFactories(dataSource);
    const reflection = reflectionFactories(dataSource);
    const daily = await identity.teamWith(TEAM, 'Wijkteam Dagelijks');
    const dailyMoment = await reflection.moment(daily.teamId, {
      schedule: {
        time: soon.toFormat('HH:mm'),
        startDate: soon.toISODate() ?? undefined,
        recurrence: { kind: 'weekly', days: [1, 2, 3, 4, 5, 6, 7], intervalWeeks: 1 },
      },
    });
    const other = await identity.teamWith(['Dirk'], 'Wijkteam Later');
    const laterMoment = await reflection.moment(other.teamId, {
      schedule: { time: later.toFormat('HH:mm'), startDate: later.toISODate() ?? undefined },
    });
    const dueJobs = [occurrenceJob(dailyMoment, soon), occurrenceJob(laterMoment, later)];

    await Promise.all([startWorker(), startWorker()]);
    await eventually(
      async () => expect(await delayed()).toEqual(expect.arrayContaining(dueJobs)),
      60_000,
    );
    const scheduled = await schedulers();
    expect(scheduled).toEqual(
      expect.arrayContaining(['platform/platform-heartbeat', 'reflection/reflection-reconcile']),
    );
    if (DateTime.now() >= soon) throw new Error('The workers took too long to start to test this');

    await redis.flushall();
    const flushedAt = Date.now();
    expect(await schedulers()).toEqual([]);

    await eventually(async () => {
      expect(await schedulers()).toEqual(scheduled);
      expect(await delayed()).toEqual(expect.arrayContaining(dueJobs));
      expect(await recoveries()).toBe(1);
    }, 60_000);
    expect(Date.now() - flushedAt).toBeLessThan(60_000);
    // The heartbeat the platform status shows beats again.
    await eventually(
      async () =>
        expect(await redis.exists(`${config.redis.keyPrefix}:platform:last-heartbeat`)).toBe(1),
      30_000,
    );

    const sent = () =>
      count(`SELECT count(*) AS n FROM reflection_delivery WHERE channel = 'email'`);
    await eventually(
      async () => expect(await sent()).toBe(TEAM.length),
      soon.toMillis() - Date.now() + 60_000,
    );
    // The next day's occurrence waits in Redis: the schedule goes on.
    const tomorrow = occurrenceJob(dailyMoment, soon.plus({ days: 1 }));
    await eventually(async () => expect(await delayed()).toContain(tomorrow));

    // A second loss after the delivery: put back, and nobody is asked again.
    await redis.flushall();
    await eventually(async () => {
      expect(await schedulers()).toEqual(scheduled);
      expect(await delayed()).toEqual(expect.arrayContaining([tomorrow, dueJobs[1]]));
      expect(await recoveries()).toBe(1);
      expect(await idle()).toBe(0);
    }, 60_000);
    expect(
      await dataSource.query(`SELECT
        (SELECT count(*)::int FROM reflection_occurrence) AS occurrences,
        (SELECT count(*)::int FROM reflection_delivery WHERE channel = 'in_app') AS "inApp",
        (SELECT count(DISTINCT user_id)::int FROM reflection_delivery WHERE channel = 'in_app') AS people,
        (SELECT count(*)::int FROM reflection_delivery WHERE channel = 'email') AS mails,
        (SELECT count(*)::int FROM outbox_message) AS outbox,
        (SELECT count(*)::int FROM notification) AS notifications`),
    ).toEqual([
      {
        occurrences: 1,
        inApp: TEAM.length,
        people: TEAM.length,
        mails: TEAM.length,
        outbox: TEAM.length,
        notifications: TEAM.length,
      },
    ]);
  }, 240_000);
});
