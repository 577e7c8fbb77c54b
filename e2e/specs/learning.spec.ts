import { demoAccounts, expect, expectAccessible, test } from '../fixtures';

const esther = 'esther.mulder@voorbeeldstad.test';

test.describe('Een medewerker leert met een module', () => {
  test('zoekt een module, maakt de eerste les met reflectie en kennischeck, en ziet de voortgang', async ({
    page,
    shell,
    loginPage,
  }) => {
    await page.goto('/inloggen');
    await loginPage.logIn(esther, demoAccounts.password);
    await expect(shell.userMenu).toBeVisible();

    await shell.mainNavigation.getByRole('link', { name: 'Leren', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leren');
    await expect(page.getByTestId('module-count')).toHaveText('9 modules');
    await expectAccessible(page);
    await page.getByRole('searchbox', { name: 'Zoeken' }).fill('leercirkel');
    await expect(page.getByTestId('module-count')).not.toHaveText('9 modules');
    await page.getByRole('link', { name: 'Bewust leren' }).click();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bewust leren');
    await page.getByTestId('continue').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ervaring is nog geen leren');
    await expect(page.getByText(/Les 1 van \d/)).toBeVisible();

    const reflection = page.locator('lr-reflection-block').first();
    await reflection.getByRole('button', { name: 'Bewaren' }).click();
    await expect(reflection.getByText('Dit veld is verplicht.')).toBeVisible();
    await reflection
      .getByLabel('Jouw antwoord')
      .fill('Na een huisbezoek rijd ik meteen door; terugkijken doe ik zelden.');
    await reflection.getByRole('button', { name: 'Bewaren' }).click();
    await expect(reflection.getByText(/Bewaard om \d\d:\d\d/)).toBeVisible();

    const check = page.locator('lr-check-block').first();
    await check.getByRole('radio').first().check();
    await check.getByRole('button', { name: 'Controleren' }).click();
    await expect(check.getByTestId('check-feedback')).toContainText(/Goed\.|Niet helemaal\./);
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Les afronden' }).click();
    await expect(page.getByTestId('lesson-completed')).toContainText('Je hebt deze les afgerond.');

    await page.reload();
    await expect(
      page.locator('lr-reflection-block').first().getByLabel('Jouw antwoord'),
    ).toHaveValue('Na een huisbezoek rijd ik meteen door; terugkijken doe ik zelden.');

    await shell.mainNavigation.getByRole('link', { name: 'Mijn leren' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn leren');
    await expect(page.getByTestId('minutes-learned')).toHaveText(/\d+ minuten geleerd/);
    const inProgress = page.getByRole('region', { name: 'Bezig' });
    await expect(inProgress.getByRole('link', { name: 'Bewust leren' })).toBeVisible();
    await expect(inProgress.getByText(/1 van \d lessen afgerond/)).toBeVisible();
    await expectAccessible(page);

    await inProgress.getByRole('link', { name: 'Verder waar je was' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ervaring is nog geen leren');
  });
});
