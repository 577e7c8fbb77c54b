import type { DynamicModule, INestApplicationContext, Type } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { type AppConfig, loadConfig } from '@leerruimte/api-core';
import { InfrastructureModule } from '../lib/infrastructure.module';
import { MIGRATIONS_TABLE, createDataSourceOptions } from '../lib/database/data-source-options';
import { selectRows } from '../lib/database/rows';

/**
 * The configuration of an integration run: the database the global setup created for this
 * Jest worker, and a Redis key prefix of its own. Set in the environment too, so a process the
 * test starts (a worker) uses the same.
 */
export function testConfig(): AppConfig {
  const database = process.env['LEERRUIMTE_TEST_DATABASE'];
  const databaseUrl = process.env['DATABASE_URL'];
  if (!database || !databaseUrl) {
    throw new Error('Run integration tests through their Jest config (jest.int.config.cjs)');
  }
  const worker = `w${process.env['JEST_WORKER_ID'] ?? '1'}`;
  const url = new URL(databaseUrl);
  if (url.pathname === `/${database}`) {
    url.pathname = `/${database}_${worker}`;
    process.env['DATABASE_URL'] = url.toString();
    process.env['REDIS_KEY_PREFIX'] = `${process.env['REDIS_KEY_PREFIX']}_${worker}`;
  }
  // Without the session cache: a test that changes rights in SQL asks again at once, before its
  // NOTIFY can have arrived. The cache's own tests turn it on.
  return loadConfig(
    { CACHE_SECONDS: '0', ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'warn' },
    'test',
  );
}

/** Brings the run's database to the current schema; cheap when it already is. */
export async function migrateTestDatabase(config: AppConfig): Promise<void> {
  const dataSource = new DataSource(
    createDataSourceOptions({ ...config.database, applicationName: 'leerruimte-test' }),
  );
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}

/** Empties every table but the migrations, so each test file starts from a known world. */
export async function truncateAllTables(dataSource: DataSource): Promise<void> {
  const tables = await selectRows(
    dataSource,
    z.object({ tablename: z.string() }),
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> $1`,
    [MIGRATIONS_TABLE],
  );
  if (tables.length > 0) {
    await dataSource.query(
      `TRUNCATE ${tables.map((table) => `"${table.tablename}"`).join(', ')} RESTART IDENTITY CASCADE`,
    );
  }
}

export interface TestContext {
  app: INestApplicationContext;
  config: AppConfig;
  dataSource: DataSource;
  close(): Promise<void>;
}

/**
 * A Nest application context with the real PostgreSQL and Redis, the given feature modules and
 * a clean database. Use one per test file: `ctx = await createTestContext({ imports: [...] })`.
 */
export async function createTestContext(options: {
  imports?: Array<Type | DynamicModule>;
  providers?: Type[];
  controllers?: Type[];
  processJobs?: boolean;
  /** Changes to the run's configuration, e.g. an SMTP server for this file's tests. */
  configure?: (config: AppConfig) => AppConfig;
}): Promise<TestContext> {
  const config = (options.configure ?? ((unchanged: AppConfig) => unchanged))(testConfig());
  await migrateTestDatabase(config);
  const moduleRef = await Test.createTestingModule({
    imports: [
      InfrastructureModule.forRoot({
        config,
        processName: 'test',
        processJobs: options.processJobs ?? false,
        partialJobHandlers: true,
      }),
      ...(options.imports ?? []),
    ],
    providers: options.providers ?? [],
    controllers: options.controllers ?? [],
  }).compile();
  const app = await moduleRef.init().catch(async (error: unknown) => {
    await moduleRef.close();
    throw error;
  });
  const dataSource = app.get(DataSource);
  await truncateAllTables(dataSource);
  return { app, config, dataSource, close: () => app.close() };
}

/** Retries an assertion until it passes or the time is up: for effects that land a moment later. */
export async function eventually(assertion: () => Promise<void> | void, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await assertion();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** Deletes this run's Redis keys under a prefix, never anything else in that Redis. */
export async function deleteRedisKeys(redis: Redis, pattern: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
    if (keys.length > 0) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
}
