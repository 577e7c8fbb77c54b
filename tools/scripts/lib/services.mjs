// Where the platform's PostgreSQL and Redis come from when running locally (npm start, db:*).
import { canConnect, startEmbeddedPostgres } from './postgres.mjs';
import { ensureRedis } from './redis.mjs';

export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';
const DEFAULT_EMBEDDED_PORT = 54329;

/**
 * DATABASE_URL when set (it must answer); otherwise the embedded PostgreSQL in .data/postgres.
 * Returns { url, stop }.
 */
export async function localPostgres(log) {
  const configured = process.env.DATABASE_URL?.trim();
  if (configured) {
    if (!(await canConnect(configured))) {
      throw new Error(`PostgreSQL does not answer at DATABASE_URL (${redact(configured)}).`);
    }
    return { url: configured, stop: async () => undefined };
  }
  const port = Number(process.env.EMBEDDED_POSTGRES_PORT || DEFAULT_EMBEDDED_PORT);
  const embedded = await startEmbeddedPostgres({
    dataDir: '.data/postgres',
    port,
    database: 'leerruimte',
    log,
  });
  log(`PostgreSQL (ingebouwd) draait: ${embedded.url}`);
  return embedded;
}

export async function localRedis(log) {
  const url = process.env.REDIS_URL?.trim() || DEFAULT_REDIS_URL;
  const stop = await ensureRedis({ url, dataDir: '.data/redis', log });
  return { url, stop: stop ?? (async () => undefined) };
}

/** Hides the password of a connection URL in messages. */
export function redact(url) {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(not a valid URL)';
  }
}
