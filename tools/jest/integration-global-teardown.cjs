// Drops the run's database and removes the run's Redis keys.
const { Client } = require('pg');
const { deleteRedisKeys } = require('../scripts/lib/delete-redis-keys.cjs');

const DEFAULT_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

module.exports = async function globalTeardown() {
  const database = process.env.LEERRUIMTE_TEST_DATABASE;
  if (database) {
    const admin = new Client({
      connectionString: process.env.TEST_DATABASE_ADMIN_URL || DEFAULT_ADMIN_URL,
    });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.end();
  }
  const prefix = process.env.REDIS_KEY_PREFIX;
  if (prefix && prefix.startsWith('test_')) {
    await deleteRedisKeys(process.env.REDIS_URL || 'redis://127.0.0.1:6379', prefix);
  }
};
