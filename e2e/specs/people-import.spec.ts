import { demoAccounts, expect, expectAccessible, test } from '../fixtures';

/** A list as Dutch Excel saves it: Windows-1252, semicolons. */
const list = Buffer.from(
  [
    'Naam;E-mailadres;Team;Rol',
    'Zoë Nieuw;zoe.nieuw@voorbeeldstad.test;Wijkteam Oost;',
    'Bram Bos;bram.bos@voorbeeldstad.test;Wijkteam Oost;teamleider',
    'Geen Adres;geen-adres;Wijkteam Oost;',
    'Ergens Anders;ergens@voorbeeldstad.test;Wijkteam West;',
    '',
  ].join('\r\n'),
  'latin1',
);

test.describe('Een organisatiebeheerder importeert mensen', () => {
  test('controleert het bestand, importeert, en verstuurt de uitnodigingen als aparte stap', async ({
    page,
    loginPage,
    shell,
    mailbox,
  }) => {
    await page.goto('/inloggen');
    await loginPage.logIn('anouk.debruijn@voorbeeldstad.test', demoAccounts.password);
    await shell.openMenu();
    await page.getByRole('navigation').getByRole('link', { name: 'Teams beheren' }).click();
    await page.getByRole('link', { name: 'Importeer een Excel- of CSV-bestand' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mensen importeren');
    await expectAccessible(page);
    // The browser's own file field is as easy to hit as every other control.
    const fileField = page.getByLabel('Bestand (.xlsx of .csv)');
    expect((await fileField.boundingBox())?.height).toBeGreaterThanOrEqual(44);

    await fileField.setInputFiles({
      name: 'wijkteam-oost.csv',
      mimeType: 'text/csv',
      buffer: list,
    });
    await page.getByRole('button', { name: 'Bestand controleren' }).click();
    await expect(page.getByTestId('import-summary')).toContainText('2 mensen worden uitgenodigd');
    await expect(page.getByTestId('import-summary')).toContainText('2 regels hebben een fout');
    await expect(page.getByTestId('import-rows')).toContainText('onbekend team');
    await expect(page.getByTestId('import-errors-file')).toBeVisible();
    await expectAccessible(page);

    await page.getByLabel('Toon').selectOption('invite');
    await page.getByLabel('Regel 3 overslaan').check();
    await page.getByRole('button', { name: 'Importeren (1 regel)' }).click();
    await expect(page.getByTestId('import-outcomes')).toContainText('1 uitgenodigd', {
      timeout: 20_000,
    });
    await expect(page.getByTestId('import-outcomes')).toContainText('3 overgeslagen');
    await expectAccessible(page);

    await page.getByRole('button', { name: '1 uitnodiging versturen' }).click();
    await page.getByRole('button', { name: 'Ja, 1 uitnodiging versturen' }).click();
    await expect(page.getByTestId('import-sent')).toHaveText('1 uitnodiging verstuurd.', {
      timeout: 20_000,
    });
    const invitation = await mailbox.linkInMailTo('zoe.nieuw@voorbeeldstad.test');
    expect(invitation).toContain('/uitnodiging/');
  });
});
