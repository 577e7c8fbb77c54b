// npm run bench:foundation: how long a cold build takes, how big the web app's first download
// is, and how long `npm start` (build cached) takes to serve the first page and to be ready.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { assertNode24, run, sleep } from '../tools/scripts/lib/processes.mjs';

assertNode24();

const WEB_DIST = 'dist/apps/web/browser';
const rows = [];
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

async function timeColdBuild() {
  const started = Date.now();
  const build = await run(
    'nx',
    [
      'run-many',
      '-t',
      'build',
      '-p',
      'api',
      'worker',
      'web',
      '--skip-nx-cache',
      '--output-style=static',
    ],
    { quiet: true },
  );
  if (build.code !== 0) throw new Error(`Build failed:\n${build.output}`);
  rows.push(['Cold build of api, worker and web (no Nx cache)', seconds(Date.now() - started)]);
}

function measureInitialBundle() {
  const html = readFileSync(join(WEB_DIST, 'index.html'), 'utf8');
  // The initial JS is the entry module plus the chunks index.html preloads.
  const files = [...html.matchAll(/(?:src|href)="([^"]+\.js)"/g)].map((match) => match[1]);
  let raw = 0;
  let gzip = 0;
  for (const file of new Set(files)) {
    const content = readFileSync(join(WEB_DIST, file));
    raw += content.length;
    gzip += gzipSync(content, { level: 9 }).length;
  }
  rows.push([`Initial JS of the web app (${files.length} file(s)), raw`, kib(raw)]);
  rows.push(['Initial JS of the web app, gzip -9', kib(gzip)]);
}

async function timeStart() {
  const port = 3200;
  const started = Date.now();
  const child = spawn(process.execPath, ['tools/scripts/start.mjs'], {
    env: { ...process.env, PORT: String(port), WORKER_PORT: String(port + 1) },
    stdio: 'ignore',
  });
  let firstPage;
  let ready;
  try {
    while (!ready && Date.now() - started < 120_000) {
      try {
        if (!firstPage && (await fetch(`http://127.0.0.1:${port}/`)).ok) firstPage = Date.now();
        if (firstPage) {
          // The platform status is for platform admins; the API's and the worker's readiness
          // checks tell the same without logging in.
          const api = await fetch(`http://127.0.0.1:${port}/api/health/ready`);
          const worker = await fetch(`http://127.0.0.1:${port + 1}/api/health/ready`);
          if (api.ok && worker.ok) ready = Date.now();
        }
      } catch {
        // not listening yet
      }
      await sleep(50);
    }
  } finally {
    const stopping = Date.now();
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGINT');
    await exited;
    rows.push([
      'npm start (build cached) until the first page is served',
      firstPage ? seconds(firstPage - started) : 'not reached',
    ]);
    rows.push([
      'npm start until the API and the worker are ready',
      ready ? seconds(ready - started) : 'not reached',
    ]);
    rows.push(['Ctrl-C until everything has stopped', seconds(Date.now() - stopping)]);
  }
}

await timeColdBuild();
measureInitialBundle();
await timeStart();

const width = Math.max(...rows.map(([name]) => name.length));
console.log(`\n${'Measure'.padEnd(width)}  Result`);
console.log(`${'-'.repeat(width)}  ------`);
for (const [name, value] of rows) console.log(`${name.padEnd(width)}  ${value}`);
