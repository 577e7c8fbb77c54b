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

  test('ziet de wachtrijen van de achtergrondtaken', async ({ page, loginPage }) => {
    await page.goto('/inloggen');
    await loginPage.logIn('beheer@leerruimte.test', demoAccounts.password);
    await expect(page.getByRole('link', { name: 'Wachtrijen' })).toHaveAttribute(
      'href',
      '/api/admin/queues',
    );
    const queues = await page.request.get('/api/admin/queues/api/queues');
    expect(queues.ok()).toBe(true);
    expect(JSON.stringify(await queues.json())).toContain('reflection');
  });
});
