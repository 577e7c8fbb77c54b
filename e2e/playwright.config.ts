import { defineConfig } from '@playwright/test';
import { appPort, identityProviderPort, mailboxPort } from './ports';

const baseURL = `http://localhost:${appPort}`;

if (!process.env['DATABASE_URL']) {
  throw new Error('Run the e2e tests through "npm test": it gives them a fresh database.');
}

/**
 * The e2e tests start Leerruimte the way `npm start` does (already built, with its demo
 * mailbox), on their own port, database and Redis key prefix, and drive Debian's Chromium.
 */
export default defineConfig({
  testDir: './specs',
  outputDir: '../tmp/e2e-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: '../tmp/test-results/e2e.json' }]],
  use: {
    baseURL,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: 'node tools/scripts/start.mjs --no-build',
    cwd: '..',
    url: `${baseURL}/api/health/ready`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 30_000 },
    env: {
      PORT: String(appPort),
      WORKER_PORT: String(appPort + 1),
      MAILBOX_PORT: String(mailboxPort),
      IDENTITY_PROVIDER_PORT: String(identityProviderPort),
      PUBLIC_URL: baseURL,
    },
  },
});
