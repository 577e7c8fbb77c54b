import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { AcceptInvitationPage, OrganisationTeamsPage } from './pages/admin-pages';
import { AppShell } from './pages/app-shell';
import { LoginPage } from './pages/login-page';
import { Mailbox } from './pages/mailbox';
import { StartPage } from './pages/start-page';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Fails on any WCAG 2.1 A/AA violation on the page as it is now. Running animations finish
 * first: a message fading in would otherwise be measured at half its contrast.
 */
export async function expectAccessible(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getTiming().iterations !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
  // A third-party tool shown in a frame (Bull Board under "Wachtrijen") is not ours to mend;
  // the page around it is checked like any other.
  const { violations } = await new AxeBuilder({ page })
    .withTags(WCAG_21_AA)
    .exclude('iframe[data-third-party]')
    .analyze();
  const summary = violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
        .map((node) => node.target.join(' '))
        .join(', ')}`,
  );
  expect(summary, `axe found ${violations.length} WCAG 2.1 AA violation(s)`).toEqual([]);
}

interface Pages {
  shell: AppShell;
  startPage: StartPage;
  loginPage: LoginPage;
  teamsPage: OrganisationTeamsPage;
  mailbox: Mailbox;
  invitationPage: AcceptInvitationPage;
}

/**
 * Page objects for every test, and an axe check of the last page each test saw (tests also
 * check pages in between, after each change of state they care about).
 */
export const test = base.extend<Pages>({
  page: async ({ page }, use) => {
    // The Content-Security-Policy must never have to refuse anything the app itself does.
    const refused: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && message.text().includes('Content Security Policy')) {
        refused.push(`${page.url()}: ${message.text()}`);
      }
    });
    await use(page);
    if (page.url().startsWith('http')) {
      await expectAccessible(page);
    }
    expect(refused, 'the Content-Security-Policy refused something').toEqual([]);
  },
  shell: async ({ page }, use) => use(new AppShell(page)),
  startPage: async ({ page }, use) => use(new StartPage(page)),
  loginPage: async ({ page }, use) =>
    use(
      new LoginPage(
        page,
        new Map(
          demoAccounts.people.flatMap((person) =>
            person.twoFactorSecret ? [[person.email, person.twoFactorSecret] as const] : [],
          ),
        ),
      ),
    ),
  teamsPage: async ({ page }, use) => use(new OrganisationTeamsPage(page)),
  mailbox: async ({ page }, use) => use(new Mailbox(page)),
  invitationPage: async ({ page }, use) => use(new AcceptInvitationPage(page)),
});

export { expect };

/**
 * Nothing on the page is wider than the window. Polled: after a resize, the layout follows the
 * new width only once the app has seen the media query change, which on a busy machine is a
 * moment later.
 */
export async function expectNoSidewaysScroll(page: Page, what: string): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), {
      message: `${what} is wider than the screen (by this many pixels)`,
    })
    .toBeLessThanOrEqual(0);
}

/** The demo accounts `npm start` seeds and prints, read as data like start.mjs does. */
export const demoAccounts = JSON.parse(
  readFileSync(join(__dirname, '../libs/api/identity/src/lib/demo/demo-accounts.json'), 'utf8'),
) as { password: string; people: Array<{ email: string; twoFactorSecret?: string }> };
