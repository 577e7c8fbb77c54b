// Creates a fresh, empty database for one integration test run and points the tests at it.
// Migrations run from the test context (createTestApp), once, in the first test file.
const { Client } = require('pg');
const { randomBytes } = require('node:crypto');

const DEFAULT_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

module.exports = async function globalSetup() {
  const adminUrl = process.env.TEST_DATABASE_ADMIN_URL || DEFAULT_ADMIN_URL;
  const suffix = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const database = `leerruimte_test_${suffix}`;
  const admin = new Client({ connectionString: adminUrl });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(
      `Integration tests need PostgreSQL at ${adminUrl} (set TEST_DATABASE_ADMIN_URL to another server): ${error.message}`,
    );
  }
  await admin.query(`CREATE DATABASE "${database}"`);
  await admin.end();

  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  process.env.DATABASE_URL = url.toString();
  process.env.REDIS_KEY_PREFIX = `test_${suffix}`;
  process.env.LEERRUIMTE_TEST_DATABASE = database;
};
