// A throwaway database (and Redis key prefix) on the test PostgreSQL, for checks and e2e runs.
import { randomBytes } from 'node:crypto';
import redisKeys from './delete-redis-keys.cjs';
import {
  canConnect,
  dropDatabase,
  ensureDatabase,
  startEmbeddedPostgres,
  withDatabase,
} from './postgres.mjs';
import { ensureRedis } from './redis.mjs';

const { deleteRedisKeys } = redisKeys;

export const DEFAULT_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

let services;

/**
 * The PostgreSQL and Redis tests use: TEST_DATABASE_ADMIN_URL and REDIS_URL when they answer,
 * otherwise an embedded PostgreSQL in .data/postgres-test and a redis-server started here.
 */
export async function testServices(log = console.log) {
  if (services) return services;
  let adminUrl = process.env.TEST_DATABASE_ADMIN_URL || DEFAULT_ADMIN_URL;
  let stopPostgres = async () => undefined;
  if (!(await canConnect(adminUrl))) {
    if (process.env.TEST_DATABASE_ADMIN_URL) {
      throw new Error(`PostgreSQL does not answer at TEST_DATABASE_ADMIN_URL (${adminUrl})`);
    }
    log(`No PostgreSQL at ${adminUrl}; starting the embedded one for the tests.`);
    const embedded = await startEmbeddedPostgres({
      dataDir: '.data/postgres-test',
      port: 54330,
      database: 'postgres',
      log,
    });
    adminUrl = embedded.adminUrl;
    stopPostgres = embedded.stop;
  }
  const redisUrl = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
  const stopRedis =
    (await ensureRedis({ url: redisUrl, dataDir: '.data/redis-test', log })) ??
    (async () => undefined);
  services = {
    adminUrl,
    redisUrl,
    stop: async () => {
      await stopRedis();
      await stopPostgres();
    },
  };
  return services;
}

/** Runs `work(env)` against a fresh database that is dropped afterwards, whatever happens. */
export async function withScratchDatabase(purpose, work) {
  const { adminUrl, redisUrl } = await testServices();
  const suffix = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const database = `leerruimte_${purpose}_${suffix}`;
  const keyPrefix = `${purpose}_${suffix}`;
  await ensureDatabase(adminUrl, database);
  try {
    return await work({
      ...process.env,
      DATABASE_URL: withDatabase(adminUrl, database),
      REDIS_URL: redisUrl,
      REDIS_KEY_PREFIX: keyPrefix,
      TEST_DATABASE_ADMIN_URL: adminUrl,
    });
  } finally {
    await dropDatabase(adminUrl, database);
    await deleteRedisKeys(redisUrl, keyPrefix);
  }
}
