// npm run bench:lighthouse: Lighthouse (mobile and desktop presets) on the pages a professional
// opens every day, logged in as the demo professional: Vandaag, a lesson, Reflecties, Leren, and
// the start page a visitor sees. Starts Leerruimte from the built dist like the e2e tests do, on
// its own port and scratch database, and drives Debian's Chromium. Prints a table of medians.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { assertNode24, sleep, stopProcess } from '../tools/scripts/lib/processes.mjs';
import { testServices, withScratchDatabase } from '../tools/scripts/lib/scratch-database.mjs';

assertNode24();

const PORT = Number(process.env.BENCH_PORT ?? 3300);
const BASE = `http://localhost:${PORT}`;
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const demo = JSON.parse(readFileSync('libs/api/identity/src/lib/demo/demo-accounts.json', 'utf8'));
const PERSON = 'fatma.yilmaz@voorbeeldstad.test';

async function waitForReady() {
  const started = Date.now();
  while (Date.now() - started < 120_000) {
    try {
      if ((await fetch(`${BASE}/api/health/ready`)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error('Leerruimte did not become ready within two minutes');
}

/** The session and CSRF cookies of a fresh login, as one Cookie header. */
async function logIn(email) {
  const response = await fetch(`${BASE}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: demo.password }),
  });
  if (!response.ok) throw new Error(`Login as ${email} failed: ${response.status}`);
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ');
}

async function firstLesson(cookie) {
  const modules = await (
    await fetch(`${BASE}/api/learning/modules`, { headers: { cookie } })
  ).json();
  const module = modules[0];
  const detail = await (
    await fetch(`${BASE}/api/learning/modules/${module.slug}`, { headers: { cookie } })
  ).json();
  return `/leren/${module.slug}/${detail.lessons[0].slug}`;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

async function audit(chrome, url, preset, cookie) {
  const flags = {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices'],
    ...(cookie && { extraHeaders: { Cookie: cookie } }),
  };
  const result = await lighthouse(url, flags, preset === 'desktop' ? desktopConfig : undefined);
  const { categories, audits } = result.lhr;
  if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.message}`);
  return {
    performance: Math.round(categories.performance.score * 100),
    accessibility: Math.round(categories.accessibility.score * 100),
    bestPractices: Math.round(categories['best-practices'].score * 100),
    lcp: audits['largest-contentful-paint'].numericValue,
    tbt: audits['total-blocking-time'].numericValue,
    cls: audits['cumulative-layout-shift'].numericValue,
    transfer: audits['total-byte-weight'].numericValue,
    failing: ['accessibility', 'best-practices']
      .flatMap((category) => categories[category].auditRefs)
      .filter((ref) => ref.weight > 0 && audits[ref.id].score !== null && audits[ref.id].score < 1)
      .map((ref) => ref.id),
  };
}

async function main() {
  const rows = [];
  await withScratchDatabase('lighthouse', async (env) => {
    const app = spawn(process.execPath, ['tools/scripts/start.mjs', '--no-build'], {
      env: { ...env, PORT: String(PORT), WORKER_PORT: String(PORT + 1), PUBLIC_URL: BASE },
      stdio: 'ignore',
    });
    const chrome = await chromeLauncher.launch({
      chromePath: CHROMIUM,
      chromeFlags: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    try {
      await waitForReady();
      const cookie = await logIn(PERSON);
      const pages = [
        ['Vandaag', '/', cookie],
        ['Les', await firstLesson(cookie), cookie],
        ['Reflecties', '/reflecties', cookie],
        ['Leren', '/leren', cookie],
        ['Start (bezoeker)', '/', undefined],
      ];
      for (const preset of ['mobile', 'desktop']) {
        for (const [name, path, pageCookie] of pages) {
          const runs = [];
          for (let run = 0; run < RUNS; run += 1) {
            runs.push(await audit(chrome, `${BASE}${path}`, preset, pageCookie));
          }
          const pick = (key) => median(runs.map((result) => result[key]));
          rows.push({
            page: name,
            preset,
            performance: pick('performance'),
            accessibility: pick('accessibility'),
            bestPractices: pick('bestPractices'),
            lcp: pick('lcp'),
            tbt: pick('tbt'),
            cls: pick('cls'),
            transfer: pick('transfer'),
            failing: [...new Set(runs.flatMap((result) => result.failing))],
          });
          console.error(`measured ${preset} ${name}`);
        }
      }
    } finally {
      chrome.kill();
      await stopProcess(app, 'SIGTERM', 30_000);
    }
    return true;
  });
  await (await testServices()).stop();

  const header = [
    'Page',
    'Preset',
    'Performance',
    'Accessibility',
    'Best practices',
    'LCP',
    'TBT',
    'CLS',
    'Transferred',
  ];
  const lines = rows.map((row) => [
    row.page,
    row.preset,
    String(row.performance),
    String(row.accessibility),
    String(row.bestPractices),
    `${(row.lcp / 1000).toFixed(1)} s`,
    `${Math.round(row.tbt)} ms`,
    row.cls.toFixed(3),
    `${Math.round(row.transfer / 1024)} KiB`,
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.map((line) => line[column].length)),
  );
  const format = (cells) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  console.log(`\nLighthouse, median of ${RUNS} run(s) per page, logged in as ${PERSON}\n`);
  console.log(format(header));
  console.log(`| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`);
  for (const line of lines) console.log(format(line));
  const misses = rows.filter(
    (row) =>
      row.performance < 90 || row.cls > 0.05 || row.accessibility < 100 || row.bestPractices < 100,
  );
  console.log(
    misses.length === 0
      ? '\nTargets (performance >= 90, CLS <= 0.05, accessibility 100, best practices 100): met'
      : `\nTargets not met on: ${misses.map((row) => `${row.page} (${row.preset})`).join(', ')}`,
  );
  for (const row of rows.filter((candidate) => candidate.failing.length > 0)) {
    console.log(`  ${row.page} (${row.preset}) failing audits: ${row.failing.join(', ')}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
