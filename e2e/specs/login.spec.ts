import { demoAccounts as demo, expect, expectAccessible, test } from '../fixtures';

const fatma = 'fatma.yilmaz@voorbeeldstad.test';

test.describe('Een medewerker logt in', () => {
  test('logt in, kiest een van haar twee wijkteams en logt weer uit', async ({
    page,
    startPage,
    shell,
    loginPage,
  }) => {
    await startPage.open();
    await shell.loginLink.click();
    await expect(page).toHaveTitle('Inloggen · Leerruimte');
    await expectAccessible(page);

    await loginPage.logIn(fatma, demo.password);

    await expect(startPage.heading).toHaveText('Vandaag');
    await expect(shell.userMenu).toContainText('Fatma Yilmaz');
    await expect(shell.teamSwitcher).toHaveValue(/.+/);
    // Whichever team she worked in last (it is kept), she switches to the other one.
    const current = (await shell.teamSwitcher.locator('option:checked').innerText()).trim();
    const other = current === 'Wijkteam Noord' ? 'Wijkteam Centrum' : 'Wijkteam Noord';
    await shell.teamSwitcher.selectOption({ label: other });
    await page.reload();
    await expect(shell.teamSwitcher.locator('option:checked')).toHaveText(other);
    await expectAccessible(page);

    await shell.logOut();

    await expect(shell.loginLink).toBeVisible();
    await expect(shell.userMenu).toHaveCount(0);
  });

  test('krijgt een duidelijke melding bij een verkeerd wachtwoord', async ({ page, loginPage }) => {
    await page.goto('/inloggen');

    await loginPage.logIn(fatma, 'dit-is-niet-het-wachtwoord');

    await expect(loginPage.problem).toHaveText(
      'Deze combinatie van e-mailadres en wachtwoord klopt niet.',
    );
  });

  test('ziet welke velden niet kloppen voordat er iets verstuurd wordt', async ({
    page,
    loginPage,
  }) => {
    await page.goto('/inloggen');

    await loginPage.email.fill('geen-adres');
    await loginPage.submit.click();

    await expect(page.getByText('Moet een geldig e-mailadres zijn.')).toBeVisible();
    await expect(page.getByText('Dit veld is verplicht.')).toBeVisible();
  });

  test('na mislukte pogingen van een ander logt hij meteen in met de link uit zijn mail', async ({
    page,
    loginPage,
    mailbox,
    startPage,
  }) => {
    test.setTimeout(60_000);
    const joost = 'joost.visser@voorbeeldstad.test';
    await page.goto('/inloggen');
    for (let attempt = 1; attempt <= 5; attempt++) {
      await loginPage.logIn(joost, `zomer-${attempt}`);
      await expect(loginPage.problem).toContainText('klopt niet');
    }

    // On a device he never used, even the right password has to wait now.
    await loginPage.logIn(joost, demo.password);
    await expect(loginPage.problem).toContainText('Te veel mislukte pogingen. Wacht');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Mail mij een link om in te loggen' }).click();
    await expect(page.getByTestId('unlock-link-sent')).toContainText(
      `Als er een account is voor ${joost}`,
    );

    const link = await mailbox.linkInMailTo(joost, 'Weer inloggen in Leerruimte');
    await page.goto(link);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inloggen op dit apparaat');
    await page.getByRole('button', { name: 'Dit apparaat gebruiken' }).click();
    await expect(page.getByTestId('unlocked')).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Naar inloggen' }).click();

    await loginPage.logIn(joost, demo.password);
    await expect(startPage.heading).toHaveText('Vandaag');
  });
});
