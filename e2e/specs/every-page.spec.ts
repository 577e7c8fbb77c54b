import type { Page } from '@playwright/test';
import { appPaths } from '@leerruimte/shared-paths';
import { demoAccounts, expect, expectAccessible, expectNoSidewaysScroll, test } from '../fixtures';

const phone = { width: 390, height: 844 };
const laptop = { width: 1280, height: 900 };

/** Each page of the app as a pattern, to visit every kind of page once, not every item. */
const patterns = Object.values(appPaths).map((path) => ({
  path,
  regex: new RegExp(`^/${path.replace(/:\w+/g, '[^/]+')}$`),
}));
const patternOf = (url: string) => {
  const path = url.split(/[?#]/)[0];
  // The most specific pattern: "/leren/nieuw" is not a module called "nieuw".
  return patterns
    .filter((pattern) => pattern.regex.test(path))
    .sort((a, b) => a.path.split(':').length - b.path.split(':').length)[0]?.path;
};

/** Pages that differ per person (a lead's trainings link to plans and registers): each checks their own. */
const personal = new Set<string>([appPaths.start, appPaths.profile, appPaths.trainings]);
const checked = new Set<string>();

async function settle(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('lr-status-indicator[data-state=pending]')).toHaveCount(0);
}

/**
 * Visits every kind of page this person can reach by clicking (the menu, then the links on
 * each page), and checks each at phone and laptop width: nothing wider than the screen, and no
 * WCAG 2.1 AA violation.
 */
async function checkEveryPage(page: Page, start: string[]): Promise<string[]> {
  const queue = [...start];
  const seen: string[] = [];
  while (queue.length > 0) {
    const url = queue.shift() as string;
    const pattern = patternOf(url);
    if (pattern === undefined || (checked.has(pattern) && !personal.has(pattern))) continue;
    if (seen.includes(pattern)) continue;
    seen.push(pattern);
    checked.add(pattern);

    await page.setViewportSize(laptop);
    await page.goto(url);
    await settle(page);
    await expectNoSidewaysScroll(page, `${url} at ${laptop.width} px`);
    await expectAccessible(page);
    await page.setViewportSize(phone);
    await settle(page);
    await expectNoSidewaysScroll(page, `${url} at ${phone.width} px`);
    await expectAccessible(page);

    const links = await page
      .locator('main a[href^="/"]:not([href^="/api/"])')
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') as string));
    queue.push(...links);
  }
  return seen;
}

async function menuLinks(page: Page): Promise<string[]> {
  await page.setViewportSize(laptop);
  const links = await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .locator('a[href^="/"]')
    .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') as string));
  return [...links, '/profiel'];
}

test.describe('Elke pagina past op een telefoon en een laptop, en is toegankelijk', () => {
  test.setTimeout(300_000);

  test('voor een bezoeker', async ({ page }) => {
    const seen = await checkEveryPage(page, [
      '/',
      '/inloggen',
      '/wachtwoord-vergeten',
      '/kaartjes',
    ]);
    expect(seen).toEqual(expect.arrayContaining([appPaths.start, appPaths.cards, appPaths.card]));
  });

  for (const [who, email, expected] of [
    [
      'voor een professional in twee teams',
      'fatma.yilmaz@voorbeeldstad.test',
      [
        appPaths.prompts,
        appPaths.lesson,
        appPaths.teamBoard,
        appPaths.experiment,
        appPaths.trainings,
      ],
    ],
    [
      'voor een teamleider',
      'samira.elamrani@voorbeeldstad.test',
      [
        appPaths.teamLearning,
        appPaths.teamReflection,
        appPaths.teamDevelopment,
        appPaths.newTraining,
        appPaths.trainingSession,
        appPaths.trainerGuide,
      ],
    ],
    [
      'voor een organisatiebeheerder',
      'anouk.debruijn@voorbeeldstad.test',
      [
        appPaths.organisationTeams,
        appPaths.organisationDevelopment,
        appPaths.organisationSso,
        appPaths.organisationImport,
      ],
    ],
    [
      'voor de platformbeheerder',
      'beheer@leerruimte.test',
      [appPaths.organisations, appPaths.outbox, appPaths.queues],
    ],
  ] as const) {
    test(who, async ({ page, loginPage }) => {
      await page.goto('/inloggen');
      await loginPage.logIn(email, demoAccounts.password);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vandaag');

      const seen = await checkEveryPage(page, await menuLinks(page));

      expect(seen).toEqual(expect.arrayContaining([appPaths.start, ...expected]));
    });
  }
});
