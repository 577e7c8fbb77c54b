import { demoAccounts, expect, expectAccessible, test } from '../fixtures';

test.describe('De platformbeheerder', () => {
  test('maakt een organisatie aan met haar eerste beheerder', async ({ page, loginPage }) => {
    await page.goto('/inloggen');
    await loginPage.logIn('beheer@leerruimte.test', demoAccounts.password);
    await page.getByRole('link', { name: 'Organisaties' }).click();
    await expect(page.getByText('Gemeente Voorbeeldstad')).toBeVisible();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Organisatie aanmaken' }).click();
    await expect(page.getByText('Dit veld is verplicht.').first()).toBeVisible();
    await page.getByLabel('Naam van de organisatie').fill('Welzijn Op Maat');
    await page.getByLabel('Naam van de beheerder').fill('Ilse de Groot');
    await page.getByLabel('E-mailadres van de beheerder').fill('ilse@welzijnopmaat.test');
    await page.getByRole('button', { name: 'Organisatie aanmaken' }).click();

    await expect(page.getByTestId('admin-message')).toHaveText(
      'Welzijn Op Maat is aangemaakt. De beheerder heeft een e-mail gekregen.',
    );
    await expect(page.getByText('beheerd door Ilse de Groot')).toBeVisible();
  });

  test('ziet op Vandaag de status van het platform, en de wachtrijen binnen Leerruimte', async ({
    page,
    loginPage,
  }) => {
    await page.goto('/inloggen');
    await loginPage.logIn('beheer@leerruimte.test', demoAccounts.password);
    // The worker reports in and runs its first heartbeat job within seconds of starting.
    await expect(page.getByTestId('platform-status-summary')).toHaveText(
      'Leerruimte is klaar voor gebruik.',
      { timeout: 30_000 },
    );
    await expect(page.getByTestId('platform-status')).toContainText('1 verwerker actief');
    await expectAccessible(page);

    await page.getByRole('navigation').getByRole('link', { name: 'Wachtrijen' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wachtrijen');
    // Bull Board inside the page, with the menu still there to go back.
    const board = page.frameLocator('iframe');
    await expect(board.getByText('reflection', { exact: false }).first()).toBeVisible();
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Vandaag' })).toBeVisible();
    const queues = await page.request.get('/api/admin/queues/api/queues');
    expect(queues.ok()).toBe(true);
    expect(JSON.stringify(await queues.json())).toContain('reflection');
  });
});
