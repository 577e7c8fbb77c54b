import { demoAccounts, expect, expectAccessible, expectNoSidewaysScroll, test } from '../fixtures';

const fatma = 'fatma.yilmaz@voorbeeldstad.test';
/** Wijkteam Centrum's fortnightly moment (in three days) and its due date (in six), from the demo. */
const centrumQuestion = 'Welke vraag van een inwoner verraste je, en wat deed je ermee?';
const dueModule = 'Leren van casuïstiek';

for (const [device, viewport] of [
  ['haar telefoon', { width: 390, height: 844 }],
  ['een laptop', { width: 1280, height: 900 }],
] as const) {
  test.describe(`Fatma op ${device}`, () => {
    test.use({ viewport });

    test('gaat van Vandaag naar haar agenda en opent wat erin staat', async ({
      page,
      shell,
      loginPage,
    }) => {
      await page.goto('/inloggen');
      await loginPage.logIn(fatma, demoAccounts.password);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vandaag');

      await page.getByTestId('today-moments').getByRole('link', { name: 'Hele agenda' }).click();
      await expect(page).toHaveURL(/\/agenda$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Agenda');
      await expect(page.getByTestId('agenda-summary')).toContainText('De komende 14 dagen:');

      // A reflection moment at its time, and a due date for the whole day, each on its day.
      const moment = page.getByRole('link', { name: centrumQuestion });
      const due = page.getByRole('link', { name: dueModule });
      const momentDay = page.getByTestId('agenda-day').filter({ has: moment });
      const dueDay = page.getByTestId('agenda-day').filter({ has: due });
      await expect(momentDay.getByRole('heading', { level: 2 })).toHaveText(
        /^\s*[A-Z][a-z]+dag \d\d-\d\d-\d{4}\s*$/,
      );
      await expect(momentDay).toContainText('09:30');
      await expect(momentDay).toContainText('van Wijkteam Centrum');
      await expect(dueDay).toContainText('hele dag');
      await expect(dueDay).toContainText('voor Wijkteam Centrum');
      await expectNoSidewaysScroll(page, 'the agenda');
      await expectAccessible(page);
      // The narrowest phone we design for.
      await page.setViewportSize({ width: 360, height: 740 });
      await expectNoSidewaysScroll(page, 'the agenda');
      await page.setViewportSize(viewport);

      await due.click();
      await expect(page).toHaveURL(/\/leren\/leren-van-casuistiek$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(dueModule);

      await page.goBack();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Agenda');
      await page.getByRole('link', { name: centrumQuestion }).click();
      await expect(page).toHaveURL(/\/reflecties$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reflecties');

      // The menu has it among her own pages too.
      await shell.openMenu();
      await shell.mainNavigation.getByRole('link', { name: 'Agenda' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Agenda');
    });
  });
}
