import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';

const STEP_MS = 30_000;
/**
 * The last time step each secret's code was used in this run: the API takes a step once.
 * Kept in a file, because Playwright starts a new worker process after a failed test.
 */
const STEPS_FILE = join(__dirname, '../../tmp/e2e-results/totp-steps.json');

function usedSteps(): Record<string, number> {
  return existsSync(STEPS_FILE) ? JSON.parse(readFileSync(STEPS_FILE, 'utf8')) : {};
}

/**
 * The code an authenticator app would show, for a step not used yet in this run. The API also
 * accepts the next step's code, so this waits only when that one was used too.
 */
export async function nextTotpCode(secret: string): Promise<string> {
  const now = Math.floor(Date.now() / STEP_MS);
  const used = usedSteps();
  const step = Math.max(now, (used[secret] ?? -1) + 1);
  if (step > now + 1) {
    await new Promise((resolve) => setTimeout(resolve, (step - 1) * STEP_MS - Date.now() + 100));
  }
  mkdirSync(dirname(STEPS_FILE), { recursive: true });
  writeFileSync(STEPS_FILE, JSON.stringify({ ...used, [secret]: step }));
  return new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: step * STEP_MS });
}

export class LoginPage {
  readonly email: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  readonly problem: Locator;
  readonly code: Locator;

  constructor(
    private readonly page: Page,
    private readonly twoFactorSecrets: ReadonlyMap<string, string> = new Map(),
  ) {
    this.email = page.getByLabel('E-mailadres');
    this.password = page.getByLabel('Wachtwoord');
    this.submit = page.getByRole('button', { name: 'Inloggen' });
    this.problem = page.getByTestId('login-problem');
    this.code = page.getByLabel('Code');
  }

  /** Logs in; accounts with two-factor authentication (the demo admins) also get their code. */
  async logIn(email: string, password: string): Promise<void> {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submit.click();
    const secret = this.twoFactorSecrets.get(email);
    if (secret) {
      await this.enterCode(await nextTotpCode(secret));
    }
  }

  async enterCode(code: string): Promise<void> {
    await this.code.fill(code);
    await this.page.getByRole('button', { name: 'Bevestigen' }).click();
  }
}
