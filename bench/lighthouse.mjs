// npm run bench:lighthouse: Lighthouse (mobile and desktop presets) on the pages a professional
// opens every day, logged in as the demo professional: Vandaag, a lesson, Reflecties, Leren, and
// the start page a visitor sees. Starts Leerruimte from the built dist like the e2e tests do, on
// its own port and scratch database, and drives Debian's Chromium. Prints a table of medians.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { assertNode24, sleep, stopProcess } from '../tools/scripts/lib/processes.mjs';
import { testServices, withScratchDatabase } from '../tools/scripts/lib/scratch-database.mjs';

assertNode24();

const PORT = Number(process.env.BENCH_PORT ?? 3300);
const BASE = `http://localhost:${PORT}`;
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
/** To look at some pages or one preset while working on them, e.g. LIGHTHOUSE_PAGES=Leren. */
const ONLY_PAGES = process.env.LIGHTHOUSE_PAGES?.split(',');
const PRESETS = process.env.LIGHTHOUSE_PRESETS?.split(',') ?? ['mobile', 'desktop'];
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const demo = JSON.parse(readFileSync('libs/api/identity/src/lib/demo/demo-accounts.json', 'utf8'));
const PERSON = 'fatma.yilmaz@voorbeeldstad.test';
const REPORTS = 'tmp/lighthouse';

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

/**
 * Logs in through the login page in the browser Lighthouse drives, so the session and CSRF
 * cookies are the browser's own (Lighthouse keeps cookies between runs).
 */
async function logIn(chrome, email) {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
  const page = await browser.contexts()[0].newPage();
  await page.goto(`${BASE}/inloggen`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(demo.password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Vandaag' }).waitFor();
  const cookies = await browser.contexts()[0].cookies(BASE);
  await page.close();
  await browser.close();
  return cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
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

async function audit(chrome, name, url, preset) {
  const flags = {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices'],
  };
  const result = await lighthouse(url, flags, preset === 'desktop' ? desktopConfig : undefined);
  const { categories, audits } = result.lhr;
  // The whole report, to see what a figure is made of (tmp/ is not committed).
  mkdirSync(REPORTS, { recursive: true });
  writeFileSync(join(REPORTS, `${preset}-${name}.json`), JSON.stringify(result.lhr));
  if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.message}`);
  return {
    performance: Math.round(categories.performance.score * 100),
    accessibility: Math.round(categories.accessibility.score * 100),
    bestPractices: Math.round(categories['best-practices'].score * 100),
    lcp: audits['largest-contentful-paint'].numericValue,
    tbt: audits['total-blocking-time'].numericValue,
    cls: audits['cumulative-layout-shift'].numericValue,
    transfer: audits['total-byte-weight'].numericValue,
    // How fast Lighthouse found this machine just then: the simulated figures scale with it.
    benchmarkIndex: result.lhr.environment.benchmarkIndex,
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
      const measure = async (name, path) => {
        if (ONLY_PAGES && !ONLY_PAGES.includes(name)) return;
        for (const preset of PRESETS) {
          const runs = [];
          for (let run = 0; run < RUNS; run += 1) {
            runs.push(await audit(chrome, name, `${BASE}${path}`, preset));
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
            benchmarkIndex: pick('benchmarkIndex'),
            failing: [...new Set(runs.flatMap((result) => result.failing))],
          });
          console.error(`measured ${preset} ${name}`);
        }
      };
      // First as a visitor, then logged in: the browser keeps the session once it has one.
      await measure('Start (bezoeker)', '/');
      const cookie = await logIn(chrome, PERSON);
      await measure('Vandaag', '/');
      await measure('Les', await firstLesson(cookie));
      await measure('Reflecties', '/reflecties');
      await measure('Leren', '/leren');
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
    'Benchmark index',
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
    String(Math.round(row.benchmarkIndex)),
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
