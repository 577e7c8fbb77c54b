import { demoAccounts, expect, expectAccessible, test } from '../fixtures';

test.describe('Een medewerker is haar wachtwoord vergeten', () => {
  test('vraagt een link aan, kiest een nieuw wachtwoord en logt daarmee in', async ({
    page,
    shell,
    loginPage,
    mailbox,
  }) => {
    test.setTimeout(60_000);
    await page.goto('/inloggen');
    await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
    // The login page has an e-mail field too: wait until the new page is there.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wachtwoord vergeten');
    await page.getByLabel('E-mailadres').fill('daan.jansen@voorbeeldstad.test');
    await page.getByRole('button', { name: 'Link versturen' }).click();
    await expect(page.getByTestId('reset-sent')).toContainText(
      'Als er een account is voor daan.jansen@voorbeeldstad.test',
    );
    await expectAccessible(page);

    const link = await mailbox.linkInMailTo('daan.jansen@voorbeeldstad.test');

    await page.goto(link);
    await page.getByLabel('Nieuw wachtwoord').fill('kort');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await expect(page.getByText('Kies een wachtwoord van minstens 12 tekens.')).toBeVisible();
    await page.getByLabel('Nieuw wachtwoord').fill('de-fiets-staat-bij-het-station');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await expect(page.getByTestId('reset-saved')).toBeVisible();
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Naar inloggen' }).click();
    await loginPage.logIn('daan.jansen@voorbeeldstad.test', 'de-fiets-staat-bij-het-station');
    await expect(shell.userMenu).toContainText('Daan Jansen');

    // Daan changes it back on his account page, so the other stories find the demo password.
    await page.goto('/profiel');
    const section = page.getByRole('region', { name: 'Wachtwoord wijzigen' });
    await section.getByLabel('Huidig wachtwoord').fill('de-fiets-staat-bij-het-station');
    await section.getByLabel('Nieuw wachtwoord').fill(demoAccounts.password);
    await section.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    await expect(section.getByText('Je wachtwoord is gewijzigd.')).toBeVisible();
  });
});
