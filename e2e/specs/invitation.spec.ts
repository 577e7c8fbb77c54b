import { demoAccounts, expect, expectAccessible, test } from '../fixtures';

test.describe('Een organisatiebeheerder nodigt iemand uit', () => {
  test('de nieuwe collega neemt de uitnodiging aan via de link in de e-mail en ziet haar team', async ({
    page,
    shell,
    loginPage,
    teamsPage,
    mailbox,
    invitationPage,
  }) => {
    test.setTimeout(60_000);
    await page.goto('/inloggen');
    await loginPage.logIn('anouk.debruijn@voorbeeldstad.test', demoAccounts.password);
    await page.getByRole('link', { name: 'Teams beheren' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Teams van Gemeente Voorbeeldstad',
    );
    await teamsPage.chooseTeam('Wijkteam Oost');
    await teamsPage.invite('noor.nieuw@voorbeeldstad.test');
    await expect(teamsPage.message).toHaveText(
      'Uitnodiging verstuurd naar noor.nieuw@voorbeeldstad.test.',
    );
    await expect(page.getByText('noor.nieuw@voorbeeldstad.test (Professional)')).toBeVisible();
    await expectAccessible(page);
    await shell.logOut();

    // Noor opens the mail in her mailbox (the demo's, which the worker sent it to).
    const link = await mailbox.linkInMailTo('noor.nieuw@voorbeeldstad.test');
    await expectAccessible(page);

    await page.goto(link);
    await expect(invitationPage.summary).toHaveText(
      'Je bent uitgenodigd voor Wijkteam Oost van Gemeente Voorbeeldstad.',
    );
    await expectAccessible(page);
    await invitationPage.acceptWithNewAccount('Noor Nieuw', 'koffie-na-het-teamoverleg');

    await expect(shell.userMenu).toContainText('Noor Nieuw');
    await expect(
      page.getByRole('navigation').getByRole('heading', { name: 'Wijkteam Oost' }),
    ).toBeVisible();
  });
});

test.describe('De platformbeheerder kijkt in de verstuurde e-mail', () => {
  test('ziet dat de uitnodiging is verstuurd, maar niet de link erin', async ({
    page,
    loginPage,
  }) => {
    test.setTimeout(60_000);
    await page.goto('/inloggen');
    await loginPage.logIn('beheer@leerruimte.test', demoAccounts.password);
    await page.getByRole('link', { name: 'E-mail' }).click();

    const invitation = page.locator('details.mail', { hasText: 'noor.nieuw@voorbeeldstad.test' });
    await expect(invitation.first()).toContainText('verstuurd');
    await invitation.first().locator('summary').click();
    await expect(invitation.first()).toContainText('de links erin zijn alleen voor de ontvanger');
    await expect(page.locator('details.mail a')).toHaveCount(0);
  });
});
