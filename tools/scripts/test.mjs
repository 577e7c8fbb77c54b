// npm test: every suite, in the order that fails fastest, with one summary at the end.
// Formatting, lint, type-check and unit tests go through Nx (cached); integration and e2e tests
// always run against the real PostgreSQL and Redis, each run in its own fresh database.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertNode24, run } from './lib/processes.mjs';
import { testServices, withScratchDatabase } from './lib/scratch-database.mjs';

assertNode24();

const RESULTS_DIR = 'tmp/test-results';
const nx = (...args) => run('nx', [...args, '--output-style=stream']);
const steps = [];

async function step(name, action) {
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  let ok;
  try {
    ok = await action();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    ok = false;
  }
  steps.push({ name, ok, seconds: (Date.now() - started) / 1000 });
  return ok;
}

const succeeded = async (promise) => (await promise).code === 0;

/** Failed Playwright specs, from its JSON report's nested suites. */
function playwrightFailures(suite, file = suite.file) {
  const own = (suite.specs ?? [])
    .filter((spec) => !spec.ok)
    .map((spec) => ({
      file,
      title: spec.title,
      message: spec.tests
        .flatMap((test) => test.results.map((result) => result.error?.message ?? ''))
        .join('\n')
        .split('\n')
        .slice(0, 6)
        .join('\n'),
    }));
  return [...own, ...(suite.suites ?? []).flatMap((child) => playwrightFailures(child, file))];
}

function countTests() {
  let passed = 0;
  let failed = 0;
  const failures = [];
  if (!existsSync(RESULTS_DIR)) return { passed, failed, failures };
  for (const file of readdirSync(RESULTS_DIR).filter((name) => name.endsWith('.json'))) {
    const result = JSON.parse(readFileSync(join(RESULTS_DIR, file), 'utf8'));
    if (result.stats) {
      // Playwright's JSON report
      passed += result.stats.expected + result.stats.flaky;
      failed += result.stats.unexpected;
      failures.push(...result.suites.flatMap((suite) => playwrightFailures(suite)));
    } else {
      passed += result.passed;
      failed += result.failed;
      failures.push(...(result.failures ?? []));
    }
  }
  return { passed, failed, failures };
}

rmSync(RESULTS_DIR, { recursive: true, force: true });

await step('format (prettier)', () =>
  succeeded(run('prettier', ['--check', '.', '--log-level=warn'])),
);
await step('web API client matches openapi.json', () =>
  succeeded(run(process.execPath, ['tools/scripts/api-client.mjs', '--check'])),
);
await step('lint (eslint, module boundaries)', () => succeeded(nx('run', 'workspace:lint-all')));
await step('type-check (tsc)', () => succeeded(nx('run', 'workspace:typecheck-all')));
await step('unit tests (jest)', () => succeeded(nx('run', 'workspace:unit-tests-all')));
/** Runs node:test files, counting their tests with the rest. */
async function nodeTests(name, files, env = process.env) {
  const tap = join(RESULTS_DIR, `${name}.tap`);
  mkdirSync(RESULTS_DIR, { recursive: true });
  const result = await run(
    process.execPath,
    [
      '--test',
      '--test-concurrency=1',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${tap}`,
      ...files,
    ],
    { env },
  );
  const summary = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const count = (label) => Number(new RegExp(`^# ${label} (\\d+)$`, 'm').exec(summary)?.[1] ?? 0);
  const failures = [...summary.matchAll(/^\s*not ok \d+ - (.+)$/gm)].map((match) => ({
    file: name,
    title: match[1],
    message: '',
  }));
  writeFileSync(
    join(RESULTS_DIR, `${name}.json`),
    JSON.stringify({ passed: count('pass'), failed: count('fail'), failures }),
  );
  return result.code === 0;
}

await step("scripts' tests (mailbox, embedded PostgreSQL)", () =>
  nodeTests('scripts', ['tools/scripts/lib/*.test.mjs']),
);
const built = await step('build', () => succeeded(nx('run-many', '-t', 'build')));

let services;
const servicesUp = await step('PostgreSQL and Redis', async () => {
  services = await testServices();
  console.log(`PostgreSQL: ${services.adminUrl}\nRedis: ${services.redisUrl}`);
  return true;
});

if (built && servicesUp) {
  await step('schema drift, OpenAPI contract and content import', () =>
    withScratchDatabase('check', async (env) => {
      const cli = (...args) =>
        succeeded(run(process.execPath, ['dist/apps/api/cli.js', ...args], { env }));
      return (
        (await cli('migrate')) &&
        (await cli('check')) &&
        (await cli('openapi', '--check')) &&
        (await cli('content:import'))
      );
    }),
  );
}
if (servicesUp) {
  await step('integration tests (jest, real PostgreSQL and Redis)', () =>
    succeeded(
      // Two at a time: each project's run has its own database and Redis prefix, and the
      // worker's suites spend most of their time waiting for real workers and timers.
      run('nx', ['run-many', '-t', 'integration', '--parallel=2', '--output-style=stream'], {
        env: {
          ...process.env,
          TEST_DATABASE_ADMIN_URL: services.adminUrl,
          REDIS_URL: services.redisUrl,
        },
      }),
    ),
  );
}
if (built && servicesUp) {
  await step('end-to-end tests (playwright, chromium)', () =>
    withScratchDatabase('e2e', (env) =>
      succeeded(run('playwright', ['test', '-c', 'e2e/playwright.config.ts'], { env })),
    ),
  );
}
if (built && servicesUp) {
  await step('cluster: nginx, two APIs, two workers (node --test)', () =>
    withScratchDatabase('cluster', (env) =>
      nodeTests('cluster', ['tools/scripts/cluster.test.mjs'], env),
    ),
  );
}
await services?.stop();

const { passed, failed, failures } = countTests();
if (failures.length > 0) {
  // Repeated here because CI logs are often read from the end.
  console.log('\nFailed tests:');
  for (const { file, title, message } of failures) {
    console.log(`\n✕ ${title}\n  ${file}`);
    if (message) console.log(message.replace(/^/gm, '    '));
  }
}
console.log('\nStep                                                   Result   Time');
for (const { name, ok, seconds } of steps) {
  console.log(`${name.padEnd(55)}${(ok ? 'ok' : 'FAILED').padEnd(9)}${seconds.toFixed(1)} s`);
}
const failedSteps = steps.filter((s) => !s.ok).length;
console.log(`\nChecks: ${steps.length - failedSteps} passed, ${failedSteps} failed`);
console.log(`Tests: ${passed} passed, ${failed} failed`);
process.exit(failedSteps > 0 || failed > 0 ? 1 : 0);
