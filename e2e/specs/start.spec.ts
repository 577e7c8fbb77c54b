import { expect, expectAccessible, test } from '../fixtures';

test.describe('Een bezoeker opent Leerruimte', () => {
  test('ziet in het Nederlands wat Leerruimte is en hoe je binnenkomt', async ({
    page,
    startPage,
    shell,
  }) => {
    await startPage.open();

    await expect(startPage.heading).toHaveText('Ruimte om te leren, midden in het werk');
    await expect(page).toHaveTitle('Start · Leerruimte');
    expect(await shell.htmlLang()).toBe('nl');
    // The platform's status is for platform admins, not for visitors.
    await expect(page.getByTestId('platform-status')).toHaveCount(0);
    await expectAccessible(page);
    await page.getByRole('main').getByRole('link', { name: 'Inloggen' }).click();
    await expect(page).toHaveTitle('Inloggen · Leerruimte');
  });

  test('schakelt over naar het Engels, en dat blijft zo na herladen', async ({
    page,
    startPage,
    shell,
  }) => {
    await startPage.open();
    await expect(startPage.heading).toHaveText('Ruimte om te leren, midden in het werk');

    await shell.switchLanguage();

    await expect(startPage.heading).toHaveText('Room to learn, in the middle of the work');
    await expect(page).toHaveTitle('Home · Leerruimte');
    expect(await shell.htmlLang()).toBe('en');
    await expectAccessible(page);

    await page.reload();
    await expect(startPage.heading).toHaveText('Room to learn, in the middle of the work');
    await shell.switchLanguage();
    await expect(startPage.heading).toHaveText('Ruimte om te leren, midden in het werk');
  });

  test('kan de pagina met alleen het toetsenbord gebruiken', async ({ page, startPage, shell }) => {
    await startPage.open();
    await expect(startPage.heading).toBeVisible();

    await page.keyboard.press('Tab');
    await expect(shell.skipLink).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });

  test('krijgt een Nederlandse foutpagina bij een onbekend adres', async ({ page }) => {
    await page.goto('/bestaat/niet');

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze pagina bestaat niet');
    await page.getByRole('link', { name: 'Naar de startpagina', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Ruimte om te leren, midden in het werk',
    );
  });
});
