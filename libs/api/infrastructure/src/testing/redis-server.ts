import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** A TCP port nobody listens on now, for a server or worker process a test starts. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface RedisServer {
  url: string;
  /** Stops the server and starts an empty one on the same port, as a restart without persistence does. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * A redis-server of the test's own on a free port, without persistence: one the test may
 * FLUSHALL or restart empty, which the shared Redis of other runs must never see.
 */
export async function startRedisServer(): Promise<RedisServer> {
  const port = await freePort();
  let server = await spawnRedisServer(port);
  return {
    url: `redis://127.0.0.1:${port}`,
    restart: async () => {
      await stopProcess(server);
      server = await spawnRedisServer(port);
    },
    stop: () => stopProcess(server),
  };
}

async function spawnRedisServer(port: number): Promise<ChildProcess> {
  const server = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  await new Promise<void>((resolve, reject) => {
    server.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) resolve();
    });
    server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.once('error', reject);
    server.once('exit', (code) => reject(new Error(`redis-server exited (${code}): ${output}`)));
  });
  return server;
}

async function stopProcess(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGKILL');
  await exited;
}
