import { demoAccounts, expect, expectAccessible, test } from '../fixtures';

/**
 * Joost has a week of news in the demo, two of them unread; other stories may add to it (a
 * module his team lead assigns), so counts are read, not assumed.
 */
const joost = 'joost.visser@voorbeeldstad.test';
const experiment = 'De huisarts bellen bij de eerste zorg';

test.describe('Joost leest zijn meldingen op zijn telefoon', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('opent het meldingencentrum via de bel, markeert alles gelezen en volgt er één', async ({
    page,
    loginPage,
  }) => {
    await page.goto('/inloggen');
    await loginPage.logIn(joost, demoAccounts.password);
    const bell = page.getByTestId('notifications');
    await expect(bell).toHaveAccessibleName(/^Meldingen, \d+ ongelezen$/);
    const unread = Number((await bell.getAttribute('aria-label'))?.match(/\d+/)?.[0]);
    expect(unread).toBeGreaterThanOrEqual(2);

    await bell.click();
    await page.getByRole('menuitem', { name: 'Alle meldingen' }).click();
    await expect(page).toHaveURL(/\/meldingen$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Meldingen');
    await expect(page.getByRole('heading', { name: 'Vandaag', level: 2 })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Gisteren', level: 2 })).toBeVisible();
    await expect(page.getByText(`${unread} ongelezen meldingen`)).toBeVisible();
    expect(await page.getByTestId('notification').count()).toBeGreaterThanOrEqual(4);
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Alles gelezen' }).click();
    await expect(page.getByText('Alles is gelezen.')).toBeVisible();
    await expect(bell).toHaveAccessibleName('Meldingen');

    await page.getByRole('link', { name: new RegExp(experiment) }).click();
    await expect(page).toHaveURL(/\/team\/[^/]+\/leerbord\/experimenten\/[^/]+$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(experiment);
  });
});

test.describe('Joost kiest welke meldingen hij per e-mail krijgt', () => {
  test('kiest per soort, en de keuze blijft na opnieuw laden', async ({ page, loginPage }) => {
    await page.goto('/inloggen');
    await loginPage.logIn(joost, demoAccounts.password);
    await page.getByTestId('notifications').click();
    await page.getByRole('menuitem', { name: 'Alle meldingen' }).click();
    await page
      .getByRole('link', { name: 'Kiezen welke meldingen je ook per e-mail krijgt' })
      .click();
    await expect(page).toHaveURL(/\/meldingen#voorkeuren$/);

    const reflections = page.getByLabel('Reflectievragen en herinneringen');
    await expect(reflections).toBeInViewport();
    await reflections.selectOption({ label: 'Eén overzicht per dag' });
    await expect(page.getByText('Opgeslagen')).toBeVisible();
    await expectAccessible(page);

    await page.reload();
    await expect(page.getByLabel('Reflectievragen en herinneringen')).toHaveValue('daily_digest');
    await expect(page.getByLabel('Experimenten waar je aan meedoet')).toHaveValue('default');
  });

  test('een afmeldlink die niet bestaat zegt dat, zonder in te loggen', async ({ page }) => {
    await page.goto(`/afmelden?token=${'0'.repeat(64)}&kind=digest`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Afmelden voor mail');
    await expect(page.getByText('het dagelijkse overzicht')).toBeVisible();
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await expect(page.getByText('Deze afmeldlink kennen we niet (meer).')).toBeVisible();
    await expectAccessible(page);
  });
});
