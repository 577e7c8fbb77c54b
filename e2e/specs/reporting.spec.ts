import { readFileSync } from 'node:fs';
import { demoAccounts, expect, expectAccessible, test } from '../fixtures';
import { pdfText } from '../pages/pdf-text';

test.describe('Teamontwikkeling', () => {
  test('een organisatiebeheerder kiest periode en team, ziet grafiek en tabel en downloadt de PDF', async ({
    page,
    shell,
    loginPage,
  }) => {
    test.setTimeout(90_000);
    await page.goto('/inloggen');
    await loginPage.logIn('anouk.debruijn@voorbeeldstad.test', demoAccounts.password);
    await shell.mainNavigation.getByRole('link', { name: 'Teamontwikkeling' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Teamontwikkeling · Gemeente Voorbeeldstad',
    );

    await page.getByRole('radio', { name: 'Jaar', exact: true }).check();
    // All teams side by side, month by month: the participation overview.
    const overview = page.getByRole('table', { name: 'Reflectiedeelname per team en maand' });
    await expect(overview.getByRole('row')).toHaveCount(4);
    await expect(overview.getByRole('columnheader')).toHaveCount(13);
    await expect(overview.getByRole('row', { name: /Wijkteam Noord/ })).toContainText('%');
    await expectAccessible(page);
    await page.getByTestId('team-select').click();
    await page.getByRole('option', { name: 'Wijkteam Noord' }).click();
    const summary = page.getByTestId('summary');
    await expect(summary.getByRole('heading', { level: 2 })).toHaveText(
      'Samenvatting · Wijkteam Noord',
    );
    const participation = (
      await summary.locator('[data-metric="reflectionParticipation"] .value').innerText()
    ).trim();
    expect(participation).toMatch(/^\d+%$/);

    await page.getByTestId('metric-select').click();
    await page.getByRole('option', { name: 'Reflectiedeelname' }).click();
    await expect(page.getByTestId('trend-chart')).toContainText('Reflectiedeelname');
    const table = page.getByRole('table', { name: /Reflectiedeelname per maand/ });
    await expect(table.getByRole('row')).toHaveCount(13);
    await expectAccessible(page);
    // Noord's board has too few people in most months: a three-month trend shows beside them.
    await expect(page.getByTestId('rolling-trend')).toHaveCount(0);
    await page.getByTestId('metric-select').click();
    await page.getByRole('option', { name: 'Experimenten gestart' }).click();
    const rolling = page.getByRole('table', { name: /Experimenten gestart over drie maanden/ });
    await expect(rolling.getByRole('row')).toHaveCount(13);
    await expect(rolling.getByRole('row', { name: /september–november/ })).toBeVisible();
    await expectAccessible(page);

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download PDF' }).click();
    const download = await downloading;
    const text = pdfText(readFileSync(await download.path()));
    expect(text).toContain('Wijkteam Noord');
    // The worker makes the PDF from the figures as they are then; the minute's rollup may have
    // brought in an answer since the page was loaded, so the page is read again to compare.
    await page.reload();
    await page.getByRole('radio', { name: 'Jaar', exact: true }).check();
    await page.getByTestId('team-select').click();
    await page.getByRole('option', { name: 'Wijkteam Noord' }).click();
    await expect(summary.getByRole('heading', { level: 2 })).toHaveText(
      'Samenvatting · Wijkteam Noord',
    );
    const participationNow = (
      await summary.locator('[data-metric="reflectionParticipation"] .value').innerText()
    ).trim();
    expect([participation, participationNow]).toContain(
      /Reflectiedeelname: (\d+%)/.exec(text)?.[1],
    );
  });

  test('een teamleider van een klein team ziet de cijfers van het eigen team, de anonieme puls pas vanaf het minimum', async ({
    page,
    shell,
    loginPage,
  }) => {
    await page.goto('/inloggen');
    await loginPage.logIn('samira.elamrani@voorbeeldstad.test', demoAccounts.password);
    await shell.mainNavigation.getByRole('link', { name: 'Teamontwikkeling' }).click();
    await expect(page.getByTestId('privacy-explanation')).toContainText(
      'Als teamleider zie je alle cijfers van je eigen team',
    );
    const summary = page.getByTestId('summary');
    await expect(summary.locator('[data-metric="learningHours"] .value')).not.toHaveText(
      'te weinig deelnemers',
    );
    await expect(summary.locator('[data-metric="trainingHours"] .value')).toHaveText(/\d/);
    await expect(page.getByRole('table', { name: /per team en maand/ })).toHaveCount(0);
    await expectAccessible(page);
  });
});
