import { demoAccounts, expect, expectAccessible, test } from '../fixtures';
import { AppShell } from '../pages/app-shell';
import { LessonReader } from '../pages/lesson-reader';
import { LoginPage } from '../pages/login-page';

const esther = 'esther.mulder@voorbeeldstad.test';

test.describe('Een medewerker leert met een module', () => {
  // The stories answer every check of a lesson right, trying options as a learner would.
  test.setTimeout(90_000);

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
    await page.getByRole('searchbox', { name: 'Zoeken in modules' }).fill('leercirkel');
    await expect(page.getByTestId('module-count')).not.toHaveText('9 modules');
    await page.getByRole('link', { name: 'Bewust leren' }).click();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bewust leren');
    await page.getByTestId('continue').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ervaring is nog geen leren');
    await expect(page.getByText(/Les 1 van \d/)).toBeVisible();
    await expect(page).toHaveTitle('Ervaring is nog geen leren · Les · Leerruimte');

    const reflection = page.locator('lr-reflection-block').first();
    await reflection.getByRole('button', { name: 'Bewaren' }).click();
    await expect(reflection.getByText('Dit veld is verplicht.')).toBeVisible();
    await expect(reflection.getByLabel('Jouw antwoord')).toBeFocused();
    await expect(reflection.getByLabel('Jouw antwoord')).toHaveAttribute('aria-invalid', 'true');
    await reflection.getByLabel('Jouw antwoord').fill('Bij meneer met BSN 123456782 ging het mis.');
    await expect(reflection.getByTestId('privacy-findings')).toContainText(
      '“123456782” lijkt op een BSN',
    );
    await reflection.getByRole('button', { name: 'Bewaren' }).click();
    await expect(reflection.getByLabel('Jouw antwoord')).toHaveAccessibleDescription(
      /“123456782” lijkt op een BSN\./,
    );
    await expectAccessible(page);
    await reflection
      .getByLabel('Jouw antwoord')
      .fill('Na een huisbezoek rijd ik meteen door; terugkijken doe ik zelden.');
    await expect(reflection.getByTestId('privacy-findings')).toHaveCount(0);
    await reflection.getByRole('button', { name: 'Bewaren' }).click();
    await expect(reflection.getByText(/Bewaard om \d\d:\d\d/)).toBeVisible();

    const check = page.locator('lr-check-block').first();
    await check.getByRole('radio').first().check();
    await check.getByRole('button', { name: 'Controleren' }).click();
    await expect(check.getByTestId('check-feedback')).toContainText(
      /Je antwoord is goed|Dit is niet het beste antwoord/,
    );
    await expectAccessible(page);

    const reader = new LessonReader(page);
    await reader.answerChecksRight();
    await reader.complete.click();
    await expect(reader.completed).toContainText('Je hebt deze les afgerond.');

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

    // Werkbegeleiding counts as reflection in her leerverslag: she records a meeting.
    const supervision = page.getByRole('region', { name: 'Werkbegeleiding' });
    await supervision.getByLabel('Werkbegeleider').fill('Hanneke Smit');
    await supervision.getByLabel('Onderwerp (optioneel)').fill('Terugkijken na een huisbezoek');
    await supervision.getByRole('button', { name: 'Vastleggen' }).click();
    await expect(supervision.getByText('Vastgelegd; het staat in je leerverslag.')).toBeVisible();
    await expect(supervision.getByRole('listitem')).toContainText([
      'Terugkijken na een huisbezoek',
    ]);
    await expectAccessible(page);

    const portfolio = page.getByRole('region', { name: 'Mijn portfolio' });
    await expect(portfolio).toContainText(
      'Na een huisbezoek rijd ik meteen door; terugkijken doe ik zelden.',
    );
    const download = page.waitForEvent('download');
    await portfolio.getByTestId('portfolio-pdf').click();
    const pdf = await download;
    expect(pdf.suggestedFilename()).toBe('leerruimte-leeroverzicht.pdf');
    const bytes = await new Promise<Buffer>((resolve, reject) => {
      void pdf.createReadStream().then((stream) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => resolve(Buffer.concat(chunks)));
        stream.on('error', reject);
      });
    });
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');

    await inProgress.getByRole('link', { name: 'Verder waar je was' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ervaring is nog geen leren');
  });

  test('een teamleider wijst een module toe; een collega ziet die in Mijn leren en de teamleider ziet haar voortgang', async ({
    page,
    shell,
    loginPage,
  }) => {
    await page.goto('/inloggen');
    await loginPage.logIn('samira.elamrani@voorbeeldstad.test', demoAccounts.password);
    await shell.mainNavigation.getByRole('link', { name: 'Teamleren' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Teamleren · Wijkteam Noord');
    await page.getByRole('combobox', { name: 'Module' }).click();
    await page.getByRole('option', { name: /^Sociale NetwerkStrategieën/ }).click();
    await page.getByLabel('Graag afgerond vóór (optioneel)', { exact: true }).fill('30-6-2099');
    await page.getByRole('button', { name: 'Toewijzen' }).click();
    await expect(page.getByTestId('team-learning-message')).toContainText(
      '“Sociale NetwerkStrategieën” is toegewezen aan 3 mensen.',
    );
    const assignment = page.getByRole('article', { name: 'Sociale NetwerkStrategieën' });
    await expect(assignment.getByRole('row', { name: /Fatma Yilmaz/ })).toContainText(
      'Nog niet begonnen',
    );
    await expectAccessible(page);
    await shell.logOut();

    await page.goto('/inloggen');
    await loginPage.logIn('fatma.yilmaz@voorbeeldstad.test', demoAccounts.password);
    const bell = page.getByTestId('notifications');
    await expect(bell).toHaveAccessibleName('Meldingen, 1 ongelezen');
    await bell.click();
    await expect(
      page.getByRole('menuitem', {
        name: /Samira El Amrani vraagt je in Wijkteam Noord de module “Sociale NetwerkStrategieën” te volgen/,
      }),
    ).toBeVisible();
    await expectAccessible(page);
    // Opening the bell reads nothing; marking does.
    await page.keyboard.press('Escape');
    await expect(bell).toHaveAccessibleName('Meldingen, 1 ongelezen');
    await bell.click();
    await page.getByRole('menuitem', { name: 'Alles gelezen' }).click();
    await expect(bell).toHaveAccessibleName('Meldingen');
    await shell.mainNavigation.getByRole('link', { name: 'Mijn leren' }).click();
    const asked = page.getByRole('region', { name: 'Gevraagd door je team' });
    await expect(asked).toContainText('graag af vóór 30-06-2099');
    await asked.getByRole('link', { name: 'Sociale NetwerkStrategieën' }).click();
    await page.getByTestId('continue').click();
    const reader = new LessonReader(page);
    await reader.answerChecksRight();
    await reader.complete.click();
    await expect(reader.completed).toBeVisible();
    await shell.logOut();

    await page.goto('/inloggen');
    await loginPage.logIn('samira.elamrani@voorbeeldstad.test', demoAccounts.password);
    await shell.mainNavigation.getByRole('link', { name: 'Teamleren' }).click();
    await expect(
      page
        .getByRole('article', { name: 'Sociale NetwerkStrategieën' })
        .getByRole('row', { name: /Fatma Yilmaz/ }),
    ).toContainText('1 van 5 lessen');
    const teamProgress = page.getByRole('region', { name: 'Voortgang van het team' });
    await expect(teamProgress.getByRole('row', { name: /Fatma Yilmaz/ })).toContainText(
      'Sociale NetwerkStrategieën: 1 van 5 lessen',
    );
    await expectAccessible(page);
  });

  test('de melding komt live binnen bij wie Leerruimte open heeft', async ({
    page,
    shell,
    loginPage,
    browser,
  }) => {
    await page.goto('/inloggen');
    await loginPage.logIn('fatma.yilmaz@voorbeeldstad.test', demoAccounts.password);
    await shell.mainNavigation.getByRole('link', { name: 'Mijn leren' }).click();
    const bell = page.getByTestId('notifications');
    await expect(bell).toHaveAccessibleName('Meldingen');

    const lead = await browser.newContext({ baseURL: test.info().project.use.baseURL });
    const leadPage = await lead.newPage();
    await leadPage.goto('/inloggen');
    await new LoginPage(leadPage).logIn(
      'samira.elamrani@voorbeeldstad.test',
      demoAccounts.password,
    );
    await new AppShell(leadPage).mainNavigation.getByRole('link', { name: 'Teamleren' }).click();
    await leadPage.getByRole('combobox', { name: 'Module' }).click();
    await leadPage.getByRole('option', { name: /^Aan de knoppen/ }).click();
    await leadPage.getByRole('button', { name: 'Toewijzen' }).click();
    await expect(leadPage.getByTestId('team-learning-message')).toBeVisible();
    await lead.close();

    await expect(bell).toHaveAccessibleName('Meldingen, 1 ongelezen');
  });

  test('een kaartje is zonder account te openen, af te drukken en te delen', async ({ page }) => {
    await page.goto('/kaartjes/de-bedoeling');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('De bedoeling');
    await expect(page.getByRole('link', { name: 'Afdrukken als PDF' })).toHaveAttribute(
      'href',
      '/api/cards/de-bedoeling/pdf',
    );
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Alle kaartjes' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Denk- en doekaartjes');
    await expect(page.getByRole('link', { name: /^Open kaartje / })).toHaveCount(12);
    await expectAccessible(page);
  });
});
