// Creates fresh, empty databases for one integration test run, one per Jest worker, so test
// files can run side by side without sharing tables; points the tests at them. Migrations run
// from the test context (createTestContext), once per database, in its first test file.
const { Client } = require('pg');
const { randomBytes } = require('node:crypto');

const DEFAULT_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

module.exports = async function globalSetup(globalConfig) {
  const adminUrl = process.env.TEST_DATABASE_ADMIN_URL || DEFAULT_ADMIN_URL;
  const suffix = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const database = `leerruimte_test_${suffix}`;
  // --runInBand gives one worker.
  const workers = Math.max(1, globalConfig.maxWorkers || 1);
  const admin = new Client({ connectionString: adminUrl });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(
      `Integration tests need PostgreSQL at ${adminUrl} (set TEST_DATABASE_ADMIN_URL to another server): ${error.message}`,
    );
  }
  for (let worker = 1; worker <= workers; worker++) {
    await admin.query(`CREATE DATABASE "${database}_w${worker}"`);
  }
  await admin.end();

  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  process.env.DATABASE_URL = url.toString();
  process.env.REDIS_KEY_PREFIX = `test_${suffix}`;
  process.env.LEERRUIMTE_TEST_DATABASE = database;
  process.env.LEERRUIMTE_TEST_WORKERS = String(workers);
};
