import { demoAccounts, expect, expectAccessible, test } from '../fixtures';

test.describe('Een medewerker beheert haar eigen account', () => {
  test('kiest Engels als taal; dat blijft zo na opnieuw inloggen', async ({
    page,
    shell,
    loginPage,
  }) => {
    await page.goto('/inloggen');
    await loginPage.logIn('lotte.bakker@voorbeeldstad.test', demoAccounts.password);
    await shell.userMenu.click();
    await page.getByRole('menuitem', { name: 'Mijn account' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn account');
    await expect(
      page.getByText('Wijkteam Centrum (Gemeente Voorbeeldstad) · Professional'),
    ).toBeVisible();
    await expectAccessible(page);

    await page.getByRole('combobox', { name: 'Taal' }).click();
    await page.getByRole('option', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Opslaan' }).click();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('My account');
    await shell.userMenu.click();
    await page.getByRole('menuitem', { name: 'Log out' }).click();
    await page.evaluate(() => localStorage.clear());
    await page.goto('/inloggen');
    await loginPage.logIn('lotte.bakker@voorbeeldstad.test', demoAccounts.password);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Today');
  });
});
