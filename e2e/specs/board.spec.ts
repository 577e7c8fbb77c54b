import type { Page } from '@playwright/test';
import { demoAccounts, expect, expectAccessible, test } from '../fixtures';
import type { AppShell } from '../pages/app-shell';
import type { LoginPage } from '../pages/login-page';

const QUESTION = 'Waarom plannen we het eerste gesprek altijd op kantoor?';
const EXPERIMENT = 'Eerste gesprek bij de inwoner thuis';
const LEARNED = 'Thuis vertellen mensen meer, en het kost ons nauwelijks extra tijd.';

/**
 * Wijkteam Centrum: Fatma and Lotte work there, Pieter leads it; its board starts empty. Lotte
 * takes part in the experiment, so its notifications go to her, not to Fatma, whose bell the
 * learning spec counts.
 */
async function openBoardAs(
  email: string,
  { page, shell, loginPage }: { page: Page; shell: AppShell; loginPage: LoginPage },
): Promise<void> {
  await page.goto('/inloggen');
  await loginPage.logIn(email, demoAccounts.password);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vandaag');
  // Someone in two teams works in the one they chose last; this story is Centrum's.
  if ((await shell.teamSwitcher.count()) > 0) {
    await shell.teamSwitcher.selectOption({ label: 'Wijkteam Centrum' });
  }
  await shell.mainNavigation.getByRole('link', { name: 'Leerbord' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leerbord van Wijkteam Centrum');
}

test.describe('Het leerbord van een wijkteam', () => {
  test('van waarom-vraag via experiment naar wat het team leerde', async ({
    page,
    shell,
    loginPage,
  }) => {
    // Four people in turn, each logging in: longer than one page's work.
    test.setTimeout(120_000);
    const pages = { page, shell, loginPage };

    // Fatma logs a why-question; a BSN in it is stopped with an explanation first.
    await openBoardAs('fatma.yilmaz@voorbeeldstad.test', pages);
    await page.getByRole('link', { name: 'Nieuwe waarom-vraag' }).first().click();
    await page
      .getByLabel('Je vraag')
      .fill('Waarom vroegen we bij 111222333 niet eerst wat zij wil?');
    await page.getByLabel('Thema').click();
    await page.getByRole('option', { name: 'Aanpak' }).click();
    await page.getByRole('button', { name: 'Vraag stellen' }).click();
    await expect(page.getByTestId('privacy-findings')).toContainText('111222333');
    await expect(page.getByTestId('privacy-findings')).toContainText('lijkt op een BSN');
    await expectAccessible(page);
    await page.getByLabel('Je vraag').fill(QUESTION);
    await page.getByRole('button', { name: 'Vraag stellen' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(QUESTION);
    await shell.logOut();

    // Lotte votes for it.
    await openBoardAs('lotte.bakker@voorbeeldstad.test', pages);
    await page.getByRole('button', { name: `Stem op: ${QUESTION}` }).click();
    await expect(
      page.getByRole('region', { name: 'Open waarom-vragen' }).getByRole('listitem').first(),
    ).toContainText('1 stem');
    await shell.logOut();

    // Pieter, the lead, turns it into an experiment and starts it.
    await openBoardAs('pieter.devries@voorbeeldstad.test', pages);
    await page.getByRole('link', { name: QUESTION }).click();
    await page.getByRole('link', { name: 'Maak er een experiment van' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nieuw experiment');
    await expect(page.getByRole('link', { name: QUESTION })).toBeVisible();
    await page.getByLabel('Titel').fill(EXPERIMENT);
    await page
      .getByLabel('Beoogd effect')
      .fill('Een eerste gesprek waarin de inwoner zich thuis voelt.');
    await page
      .getByLabel('Wat we proberen')
      .fill('Vier weken lang voeren we eerste gesprekken thuis.');
    await page.getByLabel('Voorspelling').fill('Mensen vertellen meer over hun netwerk.');
    await page.getByRole('checkbox', { name: 'Lotte Bakker' }).check();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Experiment opslaan' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(EXPERIMENT);
    await page.getByRole('button', { name: 'Naar gepland' }).click();
    await page.getByRole('button', { name: 'Experiment starten' }).click();
    await expect(page.getByText('De status is nu: Loopt.')).toBeVisible();
    await shell.logOut();

    // Fatma notes what she saw in the logbook.
    await openBoardAs('fatma.yilmaz@voorbeeldstad.test', pages);
    await page.getByRole('link', { name: EXPERIMENT }).click();
    await page
      .getByLabel('Wat zag of merkte je?')
      .fill('De zoon schoof aan en vertelde over de buren.');
    await page.getByRole('button', { name: 'Waarneming toevoegen' }).click();
    await expect(page.getByText('Waarneming toegevoegd.')).toBeVisible();
    await expect(page.getByText('De zoon schoof aan en vertelde over de buren.')).toBeVisible();
    await expectAccessible(page);
    await shell.logOut();

    // Pieter evaluates it and the team adopts it.
    await openBoardAs('pieter.devries@voorbeeldstad.test', pages);
    await page.getByRole('link', { name: EXPERIMENT }).click();
    await page.getByRole('button', { name: 'Naar evalueren' }).click();
    await page.getByRole('radio', { name: 'Ja' }).check();
    await page
      .getByLabel('Wat gebeurde er, vergeleken met de voorspelling?')
      .fill('Zoals voorspeld, en de gesprekken duurden niet langer.');
    await page.getByLabel('Wat hebben we geleerd?').fill(LEARNED);
    await page.getByRole('radio', { name: 'Invoeren' }).check();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Evaluatie opslaan' }).click();
    await expect(page.getByText('De status is nu: Ingevoerd.')).toBeVisible();

    // What the team learned stays in its history, found by a word.
    await page.goto(page.url().replace(/experimenten\/.*$/, 'geschiedenis'));
    await page.getByLabel('Zoeken in wat we leerden').fill('thuis');
    await expect(page.getByRole('link', { name: EXPERIMENT })).toBeVisible();
    await expect(page.getByText(LEARNED)).toBeVisible();
  });
});
