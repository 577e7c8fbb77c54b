import type { Browser } from '@playwright/test';
import { AppShell } from '../pages/app-shell';
import { LoginPage } from '../pages/login-page';
import { Mailbox } from '../pages/mailbox';
import { demoAccounts, expect, expectAccessible, expectNoSidewaysScroll, test } from '../fixtures';

const phone = { width: 390, height: 844 };
const laptop = { width: 1280, height: 900 };

const fatma = 'fatma.yilmaz@voorbeeldstad.test';

/** A new browser window of the given size, logged in when an e-mail address is given. */
async function windowFor(browser: Browser, size: typeof phone, email?: string) {
  const context = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    viewport: size,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
  });
  const page = await context.newPage();
  const login = new LoginPage(
    page,
    new Map(
      demoAccounts.people.flatMap((person) =>
        person.twoFactorSecret ? [[person.email, person.twoFactorSecret] as const] : [],
      ),
    ),
  );
  if (email) {
    await page.goto('/inloggen');
    await login.logIn(email, demoAccounts.password);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vandaag');
  }
  return { context, page, login, shell: new AppShell(page) };
}

test.describe('Een professional op haar telefoon', () => {
  test('opent de link uit de mail, logt in en verstuurt een privé-antwoord', async ({
    browser,
  }) => {
    test.setTimeout(60_000);
    const { context, page, login, shell } = await windowFor(browser, phone);
    // The mail as the worker sent it, in Fatma's mailbox on her phone.
    const link = await new Mailbox(page).linkInMailTo(fatma, 'Reflectievraag van Wijkteam Noord');
    expect(link).toMatch(/\/reflecties\/[0-9a-f-]{36}$/);
    await expectNoSidewaysScroll(page, 'Het demo-postvak');

    await page.goto(link);
    await expect(page).toHaveURL(/\/inloggen\?terug=/);
    await login.logIn(fatma, demoAccounts.password);

    // Straight to the question: its answer field has the focus, private is the default.
    const answer = page.getByLabel('Jouw antwoord');
    await expect(answer).toBeFocused();
    await answer.fill('Ik vroeg eerst wat zij zelf wilde; het plan werd kleiner en beter.');
    await expect(page.getByRole('radio', { name: 'Alleen voor mij' })).toBeChecked();
    await page.getByRole('button', { name: 'Antwoord bewaren' }).click();
    await expect(page.getByText('Je antwoord is bewaard.')).toBeVisible();
    await expectNoSidewaysScroll(page, 'Reflecties');
    await expectAccessible(page);

    // The compact header: a menu button opens the navigation, Escape closes it.
    const header = await page.locator('header').boundingBox();
    expect(header?.height).toBeLessThanOrEqual(64);
    await shell.openMenu();
    await expect(shell.mainNavigation.getByRole('link', { name: 'Reflecties' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expectAccessible(page);
    await page.keyboard.press('Escape');
    await expect(shell.menuButton).toBeFocused();
    await expect(shell.menuButton).toHaveAttribute('aria-expanded', 'false');
    await context.close();
  });

  test('houdt haar team en taal vast, ook na opnieuw inloggen en herladen', async ({ browser }) => {
    const { context, page, login, shell } = await windowFor(browser, laptop, fatma);

    // A link into the other team's board makes that the team she works in.
    await shell.teamSwitcher.selectOption({ label: 'Wijkteam Noord' });
    await expect(page).toHaveURL(/\/$/);
    const noordBoard = await shell.mainNavigation
      .getByRole('link', { name: 'Leerbord' })
      .getAttribute('href');
    await shell.teamSwitcher.selectOption({ label: 'Wijkteam Centrum' });
    await page.goto(`${noordBoard}/vragen`);
    await expect(shell.teamSwitcher.locator('option:checked')).toHaveText('Wijkteam Noord');
    await expect(shell.mainNavigation.getByRole('link', { name: 'Leerbord' })).toHaveAttribute(
      'aria-current',
      'page',
    );

    await shell.logOut();
    await page.goto('/inloggen');
    await login.logIn(fatma, demoAccounts.password);
    await expect(shell.teamSwitcher.locator('option:checked')).toHaveText('Wijkteam Noord');

    await shell.switchLanguage();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Today');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Today');
    expect(await shell.htmlLang()).toBe('en');

    // Back to Dutch, where the other stories start.
    await shell.switchLanguage();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vandaag');
    await context.close();
  });
  test('vergroot een figuur in een les, zodat ze de woorden erin kan lezen', async ({
    browser,
  }) => {
    const { context, page } = await windowFor(browser, phone, fatma);
    await page.goto('/leren/bewust-leren/de-leercirkel');
    const figure = page.getByRole('figure', { name: /^De leercirkel/ });
    await expect(figure.getByRole('img')).toHaveAttribute('alt', /^De leercirkel: vier stappen/);
    const inColumn = await figure.getByRole('img').boundingBox();
    expect(inColumn?.width).toBeLessThan(phone.width);

    const enlarge = page.getByRole('button', { name: 'Vergroten' });
    expect((await enlarge.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    await enlarge.click();
    const viewer = page.getByRole('dialog', { name: /^De leercirkel/ });
    await expect(viewer).toBeVisible();
    // Wider than the screen: the labels are as large as on a laptop, and the figure pans.
    const enlarged = await viewer.getByRole('img').boundingBox();
    expect(enlarged?.width).toBeGreaterThanOrEqual(600);
    const canvas = viewer.getByRole('region', { name: /schuif met je vinger/ });
    // It opens at its middle, where a model's name usually is, and pans with the arrow keys.
    const scrolled = () => canvas.evaluate((element) => element.scrollLeft);
    await expect.poll(scrolled).toBeGreaterThan(0);
    const middle = await scrolled();
    await canvas.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(scrolled).toBeGreaterThan(middle);
    await expectAccessible(page);

    await page.keyboard.press('Escape');
    await expect(viewer).toBeHidden();
    await expect(enlarge).toBeFocused();
    await enlarge.click();
    await viewer.getByRole('button', { name: 'Sluiten' }).click();
    await expect(viewer).toBeHidden();
    await expectNoSidewaysScroll(page, 'Een les met een figuur');
    await context.close();
  });

  test('opent een les als eerste pagina met één vraag naar de sessie en één naar de les', async ({
    browser,
  }) => {
    const { context, page } = await windowFor(browser, phone, fatma);
    const asked: string[] = [];
    const warnings: string[] = [];
    const order: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path === '/api/auth/session' || path.endsWith('/lessons/de-leercirkel')) asked.push(path);
      if (path === '/api/auth/session') order.push('session asked');
    });
    page.on('requestfinished', (request) => {
      if (/\/main-\w+\.js$/.test(request.url())) order.push('app code loaded');
    });
    page.on('console', (message) => {
      if (message.type() === 'warning' || message.type() === 'error') warnings.push(message.text());
    });
    // A fresh load, as from a mail: the page asks who is logged in while its code loads
    // (a preload in index.html) and the lesson while the lesson page's code loads.
    await page.goto('/leren/bewust-leren/de-leercirkel');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^De leercirkel/);
    await expect(page.getByRole('link', { name: /^Volgende les/ })).toBeVisible();
    expect(asked.sort()).toEqual([
      '/api/auth/session',
      '/api/learning/modules/bewust-leren/lessons/de-leercirkel',
    ]);
    expect(order.indexOf('session asked')).toBeLessThan(order.indexOf('app code loaded'));
    expect(warnings).toEqual([]);
    await context.close();
  });
});
