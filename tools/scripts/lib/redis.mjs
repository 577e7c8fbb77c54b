// Finds Redis, or starts one from the redis-server on the PATH with its data (AOF) in .data/redis.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createConnection } from 'node:net';
import { resolve } from 'node:path';
import { stopProcess, waitFor } from './processes.mjs';

/** Resolves true when a Redis server answers PING at `url`. */
export function ping(url) {
  const { hostname, port } = new URL(url);
  return new Promise((done) => {
    const socket = createConnection({ host: hostname || '127.0.0.1', port: Number(port || 6379) });
    const finish = (answer) => {
      socket.destroy();
      done(answer);
    };
    socket.setTimeout(2_000, () => finish(false));
    socket.once('error', () => finish(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    // A server with a password answers -NOAUTH: it is there, and the URL carries the password.
    socket.once('data', (data) => finish(/^(\+PONG|-NOAUTH)/.test(String(data))));
  });
}

/**
 * Returns a stop function when it started Redis itself, undefined when one was already running.
 * Throws with both ways out when there is none and none can be started.
 */
export async function ensureRedis({ url, dataDir, log }) {
  if (await ping(url)) return undefined;
  const { hostname, port } = new URL(url);
  const local = ['127.0.0.1', 'localhost', '::1', '[::1]'].includes(hostname);
  const hasServer = spawnSync('redis-server', ['--version']).status === 0;
  if (!local || !hasServer) {
    throw new Error(
      `Redis does not answer at ${url}.\n` +
        '  Either start Redis there (or set REDIS_URL to a Redis that runs),\n' +
        '  or install redis-server (Debian: apt-get install redis-server) so npm start can run one itself.',
    );
  }
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  log(`Redis starten op poort ${port || 6379} met gegevens in ${dataDir} …`);
  const child = spawn(
    'redis-server',
    [
      '--port',
      String(port || 6379),
      '--bind',
      '127.0.0.1',
      '--dir',
      dir,
      '--appendonly',
      'yes',
      '--save',
      '',
      '--maxmemory-policy',
      'noeviction',
    ],
    { detached: true, stdio: 'ignore' },
  );
  await waitFor(() => ping(url), { timeoutMs: 15_000, what: 'Redis' });
  return () => stopProcess(child, 'SIGTERM', 15_000);
}
