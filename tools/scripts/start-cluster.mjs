// npm run start:cluster: Leerruimte in the shape of a production deployment on one machine. Two
// API processes and two worker processes share one PostgreSQL and one Redis, behind nginx
// (Debian's package), which spreads requests over the APIs and retries an idempotent request on
// the other when one fails. A process that stops is started again, as a process manager would.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { assertNode24, sleep, waitFor } from './lib/processes.mjs';
import {
  assertPortsFree,
  buildApps,
  demoLogins,
  prepareDatabase,
  say,
  startApp,
  startStores,
  stopAll,
} from './lib/platform.mjs';

assertNode24();

const skipBuild = process.argv.includes('--no-build');
const port = Number(process.env.PORT || 3000);
const publicUrl = process.env.PUBLIC_URL || `http://localhost:${port}`;
const mailboxPort = process.env.SMTP_URL
  ? undefined
  : Number(process.env.MAILBOX_PORT || port + 25);
const apiPorts = [port + 10, port + 11];
const workerPorts = [port + 20, port + 21];
const clusterDir = resolve(process.env.CLUSTER_DIR || '.data/cluster');
/** What a test or a person needs to find each process: written once everything runs. */
const stateFile = `${clusterDir}/processes.json`;

const stops = [];
/** name -> the running child; replaced when it is started again. */
const running = new Map();
let shuttingDown = false;

async function shutDown(exitCode) {
  if (shuttingDown) return;
  shuttingDown = true;
  await stopAll([...running.values()], stops);
  process.exit(exitCode);
}

process.on('SIGINT', () => void shutDown(0));
process.on('SIGTERM', () => void shutDown(0));

function nginxBinary() {
  const found = spawnSync('sh', ['-c', 'command -v nginx || ls /usr/sbin/nginx'], {
    encoding: 'utf8',
  }).stdout.trim();
  if (!found) {
    throw new Error(
      'nginx is niet geïnstalleerd. Installeer het (Debian/Ubuntu: apt-get install -y nginx) of gebruik npm start.',
    );
  }
  return found.split('\n')[0];
}

function nginxConfig() {
  const user = process.getuid?.() === 0 ? 'user root;' : '';
  return `# Written by npm run start:cluster; changes are overwritten at the next start.
${user}
worker_processes 1;
daemon off;
pid ${clusterDir}/nginx.pid;
error_log ${clusterDir}/nginx-error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path ${clusterDir}/tmp/body;
  proxy_temp_path ${clusterDir}/tmp/proxy;
  fastcgi_temp_path ${clusterDir}/tmp/fastcgi;
  uwsgi_temp_path ${clusterDir}/tmp/uwsgi;
  scgi_temp_path ${clusterDir}/tmp/scgi;
  client_max_body_size 2m;
  upstream leerruimte_api {
    ${apiPorts.map((apiPort) => `server 127.0.0.1:${apiPort} max_fails=1 fail_timeout=3s;`).join('\n    ')}
    keepalive 64;
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://leerruimte_api;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      # A refused, reset or draining (503) API: the request goes to the other one. nginx never
      # sends a POST, PUT, PATCH or DELETE a second time once the first API may have run it.
      proxy_next_upstream error timeout http_502 http_503;
      proxy_next_upstream_tries 2;
      proxy_connect_timeout 2s;
      # Notifications stream (server-sent events): passed on as they come.
      proxy_buffering off;
      proxy_read_timeout 1h;
    }
  }
}
`;
}

/** Starts a process and starts it again whenever it stops, until the cluster stops. */
function supervise(name, start) {
  const child = start();
  running.set(name, child);
  child.on('exit', async (code, signal) => {
    if (shuttingDown) return;
    say(`${name} stopte (${signal ?? code}); wordt opnieuw gestart. Zie .data/logs/${name}.log`);
    await sleep(1_000);
    if (!shuttingDown) {
      supervise(name, start);
      writeState();
    }
  });
}

function writeState() {
  const processes = Object.fromEntries(
    [...running].map(([name, child]) => [name, { pid: child.pid }]),
  );
  writeFileSync(
    stateFile,
    JSON.stringify(
      {
        url: publicUrl,
        apis: apiPorts.map((apiPort, index) => ({
          name: `api-${index + 1}`,
          port: apiPort,
          pid: processes[`api-${index + 1}`]?.pid,
        })),
        workers: workerPorts.map((workerPort, index) => ({
          name: `worker-${index + 1}`,
          port: workerPort,
          pid: processes[`worker-${index + 1}`]?.pid,
        })),
        nginx: { pid: processes.nginx?.pid },
        mailbox: mailboxPort ? `http://localhost:${mailboxPort}` : undefined,
      },
      null,
      2,
    ),
  );
}

async function main() {
  const nginx = nginxBinary();
  await assertPortsFree([
    ['PORT', port],
    ...apiPorts.map((apiPort) => [`PORT (+10/+11: API)`, apiPort]),
    ...workerPorts.map((workerPort) => [`PORT (+20/+21: worker)`, workerPort]),
    ...(mailboxPort ? [['MAILBOX_PORT', mailboxPort]] : []),
  ]);
  if (!skipBuild) await buildApps();

  const stores = await startStores({ mailboxPort, stops });
  const env = { ...stores.env, PUBLIC_URL: publicUrl };
  await prepareDatabase(env);

  apiPorts.forEach((apiPort, index) =>
    supervise(`api-${index + 1}`, () =>
      startApp(`api-${index + 1}`, 'dist/apps/api/main.js', {
        ...env,
        HOST: '127.0.0.1',
        PORT: String(apiPort),
        // Only nginx reaches the APIs: its X-Forwarded-For names the person's address.
        TRUST_PROXY: 'loopback',
      }),
    ),
  );
  workerPorts.forEach((workerPort, index) =>
    supervise(`worker-${index + 1}`, () =>
      startApp(`worker-${index + 1}`, 'dist/apps/worker/main.js', {
        ...env,
        WORKER_PORT: String(workerPort),
      }),
    ),
  );
  for (const apiPort of apiPorts) {
    await waitFor(async () => (await fetch(`http://127.0.0.1:${apiPort}/api/health/ready`)).ok, {
      timeoutMs: 60_000,
      what: `De API op poort ${apiPort}`,
    });
  }

  for (const dir of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) {
    mkdirSync(`${clusterDir}/tmp/${dir}`, { recursive: true });
  }
  writeFileSync(`${clusterDir}/nginx.conf`, nginxConfig());
  supervise('nginx', () =>
    spawn(nginx, ['-p', clusterDir, '-c', `${clusterDir}/nginx.conf`], {
      detached: true,
      stdio: 'inherit',
    }),
  );
  await waitFor(async () => (await fetch(`http://127.0.0.1:${port}/api/health/ready`)).ok, {
    timeoutMs: 30_000,
    what: 'nginx',
  });
  writeState();

  console.log(`
  Leerruimte draait als cluster op ${publicUrl}
    nginx op poort ${port} → API's op ${apiPorts.join(' en ')}; workers op ${workerPorts.join(' en ')}
    Eén PostgreSQL en één Redis; een proces dat stopt, start opnieuw.
${demoLogins()}
${stores.mailbox ? `  Demo-postvak:       ${stores.mailbox.url}\n` : ''}  Processen:          ${stateFile}
  Logboeken:          .data/logs/api-1.log … worker-2.log, ${clusterDir}/nginx-error.log
  Stoppen:            Ctrl-C
`);
}

main().catch(async (error) => {
  console.error(`[leerruimte] ${error instanceof Error ? error.message : error}`);
  await shutDown(1);
});
