// Drops the run's databases (one per Jest worker) and removes the run's Redis keys.
const { Client } = require('pg');
const { deleteRedisKeys } = require('../scripts/lib/delete-redis-keys.cjs');

const DEFAULT_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

module.exports = async function globalTeardown() {
  const database = process.env.LEERRUIMTE_TEST_DATABASE;
  const workers = Number(process.env.LEERRUIMTE_TEST_WORKERS || 1);
  const prefix = process.env.REDIS_KEY_PREFIX;
  if (database) {
    const admin = new Client({
      connectionString: process.env.TEST_DATABASE_ADMIN_URL || DEFAULT_ADMIN_URL,
    });
    await admin.connect();
    for (let worker = 1; worker <= workers; worker++) {
      await admin.query(`DROP DATABASE IF EXISTS "${database}_w${worker}" WITH (FORCE)`);
    }
    await admin.end();
  }
  if (prefix && prefix.startsWith('test_')) {
    for (let worker = 1; worker <= workers; worker++) {
      await deleteRedisKeys(
        process.env.REDIS_URL || 'redis://127.0.0.1:6379',
        `${prefix}_w${worker}`,
      );
    }
  }
};
