import { demoAccounts, expect, expectAccessible, test } from '../fixtures';
import { nextTotpCode } from '../pages/login-page';

const daan = 'daan.jansen@voorbeeldstad.test';

test.describe('Tweestapsverificatie', () => {
  test('een medewerker zet het aan met een app en logt later in met een herstelcode', async ({
    page,
    shell,
    loginPage,
  }) => {
    await page.goto('/inloggen');
    await loginPage.logIn(daan, demoAccounts.password);
    await expect(shell.userMenu).toBeVisible();
    await page.goto('/profiel');
    const section = page.getByRole('region', { name: 'Tweestapsverificatie' });

    await section.getByLabel('Huidig wachtwoord').fill(demoAccounts.password);
    await section.getByRole('button', { name: 'Instellen' }).click();
    await expect(
      section.getByAltText('QR-code om Leerruimte aan je authenticator-app toe te voegen'),
    ).toBeVisible();
    await expectAccessible(page);
    const secret = (await section.getByTestId('totp-secret').textContent())?.trim() ?? '';
    await section.getByLabel('Code uit de app').fill('000000');
    await section.getByRole('button', { name: 'Aanzetten' }).click();
    await expect(section.getByText('Deze code klopt niet of is al gebruikt.')).toBeVisible();
    await section.getByLabel('Code uit de app').fill(await nextTotpCode(secret));
    await section.getByRole('button', { name: 'Aanzetten' }).click();

    const codes = section.getByTestId('recovery-codes').getByRole('listitem');
    await expect(codes).toHaveCount(10);
    const recoveryCode = (await codes.first().textContent())?.trim() ?? '';
    await section.getByRole('button', { name: 'Ik heb de codes bewaard' }).click();
    await expect(section.getByTestId('two-factor-status')).toHaveText(
      'Tweestapsverificatie staat aan. Je hebt nog 10 ongebruikte herstelcodes.',
    );

    await shell.logOut();
    await page.goto('/inloggen');
    await loginPage.logIn(daan, demoAccounts.password);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tweestapsverificatie');
    await expectAccessible(page);
    // On a phone the recovery-code hint wraps: it must stay readable, above the button.
    const viewport = page.viewportSize();
    await page.setViewportSize({ width: 360, height: 800 });
    // Polled: right after the resize the page may not have laid itself out again.
    await expect(async () => {
      const hint = await page.getByText('Geen toegang tot je app?').boundingBox();
      const confirm = await page.getByRole('button', { name: 'Bevestigen' }).boundingBox();
      expect((hint?.y ?? 0) + (hint?.height ?? 0)).toBeLessThanOrEqual(confirm?.y ?? 0);
    }).toPass({ timeout: 5_000 });
    if (viewport) await page.setViewportSize(viewport);
    await loginPage.enterCode(recoveryCode);

    await expect(shell.userMenu).toContainText('Daan Jansen');
    await page.goto('/profiel');
    await expect(page.getByTestId('two-factor-status')).toHaveText(
      'Tweestapsverificatie staat aan. Je hebt nog 9 ongebruikte herstelcodes.',
    );
  });
});
