import { demoAccounts, expect, expectAccessible, test } from '../fixtures';
import { identityProvider as provider } from '../pages/identity-provider';
import { appPort } from '../ports';

const newColleague = 'nina.nieuw@wijkteams-voorbeeldstad.test';

test.describe('Inloggen via de organisatie', () => {
  test('de demo-collega logt in via de demo-provider en staat meteen in haar team', async ({
    page,
    shell,
  }) => {
    await page.goto('/inloggen?terug=%2Fmijn-leren');
    await page.getByLabel('E-mailadres').fill('nina.nieuw@sso.voorbeeldstad.test');
    await page.getByLabel('E-mailadres').press('Tab');
    await page.getByRole('link', { name: 'Inloggen via Gemeente Voorbeeldstad' }).click();
    await page.locator('input[name=login]').fill('nina');
    await page.locator('input[name=password]').fill('wat-dan-ook');
    await page.getByRole('button', { name: 'Sign-in' }).click();

    await expect(page).toHaveURL(`http://localhost:${appPort}/mijn-leren`);
    await expect(shell.userMenu).toHaveText(/Nina Nieuw/);
    await shell.openMenu();
    await expect(page.getByRole('navigation')).toContainText('Wijkteam Oost');
    await shell.logOut();
  });

  test('de beheerder koppelt de provider; een nieuwe collega logt daar in en staat op Vandaag in haar team', async ({
    page,
    loginPage,
    shell,
    teamsPage,
  }) => {
    await page.goto('/inloggen');
    await loginPage.logIn('anouk.debruijn@voorbeeldstad.test', demoAccounts.password);
    await shell.openMenu();
    await page.getByRole('navigation').getByRole('link', { name: 'Single sign-on' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Inloggen via Gemeente Voorbeeldstad',
    );
    await expect(page.getByTestId('redirect-uri')).toHaveText(
      `http://localhost:${appPort}/api/auth/sso/callback`,
    );
    await page.getByLabel('Issuer').fill(provider.issuer);
    await page.getByLabel('Client-ID').fill(provider.clientId);
    await page.getByLabel('Clientgeheim').fill(provider.clientSecret);
    await page.getByLabel('E-maildomeinen').fill('wijkteams-voorbeeldstad.test');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect(page.getByTestId('sso-message')).toHaveText('Opgeslagen. De provider antwoordde.');
    await expect(page.getByTestId('sso-domains')).toContainText('Nog niet bevestigd');
    await expectAccessible(page);

    await shell.openMenu();
    await page.getByRole('navigation').getByRole('link', { name: 'Teams beheren' }).click();
    await teamsPage.chooseTeam('Wijkteam Oost');
    await teamsPage.invite(newColleague);
    await expect(teamsPage.message).toContainText(newColleague);
    await shell.logOut();

    await provider.person('nina', {
      email: newColleague,
      email_verified: true,
      name: 'Nina Nieuw',
    });
    await page.goto('/inloggen');
    await page.getByLabel('E-mailadres').fill(newColleague);
    await page.getByLabel('E-mailadres').press('Tab');
    await expect(page.getByTestId('sso-offer')).toContainText(
      'Gemeente Voorbeeldstad laat je inloggen met je account van de organisatie.',
    );
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Inloggen via Gemeente Voorbeeldstad' }).click();

    // The provider's own login page, outside Leerruimte.
    await expect(page).toHaveURL(new RegExp(`^${provider.issuer}/interaction/`));
    await page.locator('input[name=login]').fill('nina');
    await page.locator('input[name=password]').fill('wat-de-provider-ook-vraagt');
    await page.getByRole('button', { name: 'Sign-in' }).click();

    await expect(page).toHaveURL(`http://localhost:${appPort}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vandaag');
    await expect(shell.userMenu).toHaveText(/Nina Nieuw/);
    await shell.openMenu();
    await expect(page.getByRole('navigation')).toContainText('Wijkteam Oost');

    // Signing out at the provider too is a choice in the menu, not what "Uitloggen" does.
    await shell.userMenu.click();
    await page.getByRole('menuitem', { name: 'Ook uitloggen bij Gemeente Voorbeeldstad' }).click();
    await expect(page).toHaveURL(new RegExp(`^${provider.issuer}/session/end`));
    await page.getByRole('button', { name: /Yes, sign me out/ }).click();
    await expect(page).toHaveURL(`http://localhost:${appPort}/inloggen`);
    await expect(shell.loginLink).toBeVisible();
  });
});
