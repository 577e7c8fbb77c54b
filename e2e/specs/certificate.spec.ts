import { readFileSync } from 'node:fs';
import { demoAccounts, expect, expectAccessible, expectNoSidewaysScroll, test } from '../fixtures';
import { closingTestAnswers } from '../pages/lesson-reader';
import { pdfText } from '../pages/pdf-text';

const lotte = 'lotte.bakker@voorbeeldstad.test';

test.describe('Leren dat telt', () => {
  test.setTimeout(90_000);

  test('Lotte maakt de afsluitende toets, downloadt haar certificaat en de controlepagina bevestigt het', async ({
    page,
    shell,
    loginPage,
    browser,
  }) => {
    await page.goto('/inloggen');
    await loginPage.logIn(lotte, demoAccounts.password);
    await expect(shell.userMenu).toBeVisible();
    await page.goto('/profiel');
    const registration = page.getByRole('region', { name: 'Beroepsregister' });
    await registration.getByRole('combobox', { name: 'Register' }).click();
    await page.getByRole('option', { name: 'SKJ' }).click();
    await registration.getByRole('button', { name: 'Registratie bewaren' }).click();
    await expect(registration.getByText('Dit veld is verplicht.')).toBeVisible();
    await registration.getByLabel('Registratienummer').fill('SKJ-100200');
    await registration.getByRole('button', { name: 'Registratie bewaren' }).click();
    await expect(registration.getByText('Je registratie is bewaard.')).toBeVisible();
    await page.goto('/leren/bewust-leren');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bewust leren');
    await expect(page.getByText(/studiebelasting \d/)).toBeVisible();
    await expect(page.getByTestId('module-time')).toHaveText(/jouw leertijd \d+ min/);
    await expect(page.getByRole('region', { name: 'Bronnen' })).toContainText('Colofon');
    await page.getByTestId('closing-test-link').click();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Afsluitende toets: Bewust leren',
    );
    await expectAccessible(page);
    // Handing in with nothing chosen names what is missing and sends nothing.
    await page.getByTestId('submit-test').click();
    await expect(page.getByText(/Nog \d+ vragen zonder antwoord/)).toBeVisible();

    const questions = page.locator('fieldset.test-question');
    const rightAnswers = closingTestAnswers('bewust-leren');
    await expect(questions).toHaveCount(rightAnswers.length);
    for (const [index, answer] of rightAnswers.entries()) {
      await questions.nth(index).getByRole('radio', { name: answer, exact: true }).check();
    }
    await page.getByTestId('submit-test').click();
    const result = page.getByTestId('test-result');
    await expect(result.getByRole('heading', { name: 'Geslaagd!' })).toBeVisible();
    await expect(result).toContainText(`${rightAnswers.length} van ${rightAnswers.length} goed`);
    await expectAccessible(page);
    await result.getByTestId('to-certificates').click();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn leren');
    const certificates = page.getByTestId('certificates');
    const certificate = certificates.getByRole('listitem').filter({ hasText: 'Bewust leren' });
    await expect(certificate).toContainText('SKJ, accreditatienummer SKJ-DEMO-2026-1180, 3 punten');
    // The worker makes the PDF in the background: the page says so until it is there.
    await expect(async () => {
      await page.reload();
      await expect(certificate.getByTestId('certificate-pdf')).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 30_000 });
    await expectAccessible(page);

    const download = page.waitForEvent('download');
    await certificate.getByTestId('certificate-pdf').click();
    const pdf = await download;
    expect(pdf.suggestedFilename()).toBe('certificaat-bewust-leren.pdf');
    const text = pdfText(readFileSync(await pdf.path()));
    expect(text).toContain('Bewust leren');
    expect(text).toContain('Lotte Bakker');
    expect(text).toMatch(/Studiebelasting: [\d,]+ uur/);
    expect(text).toContain('SKJ-DEMO-2026-1180');

    // The leerverslag of this year has the module with its accreditation.
    const leerverslag = page.getByTestId('leerverslag');
    const csvDownload = page.waitForEvent('download');
    await leerverslag.getByTestId('leerverslag-csv').click();
    const csv = readFileSync(await (await csvDownload).path(), 'utf8');
    expect(csv).toContain('Module Bewust leren (afgerond, met certificaat)');
    expect(csv).toContain('SKJ-DEMO-2026-1180');

    // Anyone with the address sees that it is genuine, without logging in, and nothing more.
    const address = await certificate.getByTestId('verify-link').getAttribute('href');
    const context = await browser.newContext();
    const stranger = await context.newPage();
    await stranger.goto(address ?? '');
    await expect(stranger.getByTestId('verification')).toHaveText(
      'Dit certificaat is echt: Leerruimte heeft het uitgegeven.',
    );
    await expect(stranger.locator('dl')).toContainText('Lotte Bakker');
    await expect(stranger.locator('dl')).not.toContainText('SKJ');
    await expect(stranger.locator('meta[name="robots"]')).toHaveAttribute(
      'content',
      'noindex, nofollow',
    );
    await expectAccessible(stranger);
    await context.close();
    await shell.logOut();
  });

  test('de organisatiebeheerder legt een accreditatie vast en trekt een certificaat in; de controlepagina zegt het', async ({
    page,
    shell,
    loginPage,
    browser,
  }) => {
    await page.goto('/inloggen');
    await loginPage.logIn('anouk.debruijn@voorbeeldstad.test', demoAccounts.password);
    await shell.mainNavigation.getByRole('link', { name: 'Certificaten' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Certificaten · Gemeente Voorbeeldstad',
    );
    await expectAccessible(page);

    // Saving with nothing filled in names every field and sends nothing.
    await page.getByRole('button', { name: 'Accreditatie bewaren' }).click();
    await expect(page.getByText('Dit veld is verplicht.').first()).toBeVisible();
    await page.getByRole('combobox', { name: 'Module' }).click();
    await page.getByRole('option', { name: 'Leren van casuïstiek' }).click();
    await page.getByRole('combobox', { name: 'Register' }).click();
    await page.getByRole('option', { name: 'Registerplein' }).click();
    await page.getByLabel('Accreditatienummer').fill('RP-2026-0999');
    await page.getByLabel('Punten').fill('2,5');
    await page.getByRole('button', { name: 'Accreditatie bewaren' }).click();
    await expect(page.getByTestId('certificates-message')).toHaveText(
      'De accreditatie van “Leren van casuïstiek” is bewaard.',
    );
    await expect(page.getByRole('region', { name: 'Accreditaties' }).first()).toContainText(
      'Registerplein, accreditatienummer RP-2026-0999, 2,5 punten',
    );

    const earned = page.getByTestId('organisation-certificates');
    // A corrected name first: a new certificate, the old one replaced.
    await earned
      .getByRole('row', { name: /Samira El Amrani/ })
      .getByRole('button', { name: /opnieuw uitgeven/ })
      .click();
    await page.getByLabel('Naam op het nieuwe certificaat').fill('Samira El Amrani-Bakker');
    await page.getByRole('button', { name: 'Nieuw certificaat uitgeven' }).click();
    await expect(page.getByTestId('certificates-message')).toHaveText(
      'Er is een nieuw certificaat op naam van Samira El Amrani-Bakker.',
    );
    await expect(earned.getByRole('row', { name: /^Samira El Amrani Ruimte/ })).toContainText(
      'vervangen',
    );
    const samira = earned.getByRole('row', { name: /^Samira El Amrani-Bakker/ });
    await expect(samira).toContainText('geldig');
    await samira.getByRole('button', { name: /intrekken/ }).click();
    await page.getByRole('button', { name: 'Certificaat intrekken' }).click();
    await expect(page.getByText('Dit veld is verplicht.')).toBeVisible();
    await page.getByLabel('Reden van intrekken').fill('Per ongeluk op de verkeerde naam gezet.');
    await page.getByRole('button', { name: 'Certificaat intrekken' }).click();
    await expect(page.getByTestId('certificates-message')).toHaveText(
      'Het certificaat van Samira El Amrani-Bakker is ingetrokken.',
    );
    await expect(samira).toContainText('ingetrokken');
    await expect(samira).toContainText('Per ongeluk op de verkeerde naam gezet.');
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoSidewaysScroll(page, 'certificaten op een telefoon');
    await expectAccessible(page);
    await page.setViewportSize({ width: 1280, height: 900 });
    // The phone's drawer leaves the header's menu closed until the page is laid out anew.
    await page.reload();
    await shell.logOut();

    await page.goto('/inloggen');
    await loginPage.logIn('samira.elamrani@voorbeeldstad.test', demoAccounts.password);
    await expect(shell.userMenu).toBeVisible();
    await page.goto('/mijn-leren');
    const certificate = page
      .getByTestId('certificates')
      .getByRole('listitem')
      .filter({ hasText: 'ingetrokken' });
    await expect(certificate).toContainText('Ruimte voor ontwikkeling');
    const address = await certificate.getByTestId('verify-link').getAttribute('href');
    const context = await browser.newContext();
    const stranger = await context.newPage();
    await stranger.goto(address ?? '');
    await expect(stranger.getByTestId('verification')).toHaveText(
      'Dit certificaat is ingetrokken en geldt niet meer.',
    );
    await context.close();
  });
});
