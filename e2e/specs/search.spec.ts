import { demoAccounts, expect, expectAccessible, expectNoSidewaysScroll, test } from '../fixtures';
import { SearchPage } from '../pages/search-page';

const fatma = 'fatma.yilmaz@voorbeeldstad.test';
const wyber = 'De Wyber: navigeren met perspectieven';
const networkQuestion = 'Waarom vragen we zo zelden wat het netwerk zelf al heeft geprobeerd?';

test.describe('Zoeken', () => {
  test('een professional zoekt vanuit de kop, vindt een les en een vraag van haar leerbord, en opent ze', async ({
    page,
    loginPage,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/inloggen');
    await loginPage.logIn(fatma, demoAccounts.password);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vandaag');
    // The header keeps to one line with the search field in it.
    expect((await page.getByRole('banner').boundingBox())?.height).toBeLessThanOrEqual(64);
    const search = new SearchPage(page);

    await search.searchFromHeader('netwerk');

    await expect(page).toHaveURL(/\/zoeken\?q=netwerk$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zoeken');
    await expect(search.field).toHaveValue('netwerk');
    // The focus went to the page: the next Tab is its own search field.
    await page.keyboard.press('Tab');
    await expect(search.field).toBeFocused();
    const lesson = search.result('Les', wyber);
    const question = search.result('Waarom-vraag', networkQuestion);
    await expect(lesson).toBeVisible();
    await expect(lesson).toContainText('Sociale NetwerkStrategieën');
    await expect(question).toContainText('Leerbord van Wijkteam Noord');
    await expect(question.locator('mark')).toHaveText(['netwerk']);
    await expect(search.count).toContainText('resultaten');
    await expectNoSidewaysScroll(page, 'Zoeken on a laptop');
    await expectAccessible(page);

    // A result is a link: the keyboard opens it.
    await lesson.getByRole('link').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(wyber);

    await page.goBack();
    await expect(question).toBeVisible();
    await question.getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(networkQuestion);
    await expect(page).toHaveURL(/\/team\/[0-9a-f-]{36}\/leerbord\/vragen\/[0-9a-f-]{36}$/);
  });

  test('op een telefoon: het zoekicoon, niets gevonden, een soort kiezen, en nooit breder dan het scherm', async ({
    page,
    loginPage,
  }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto('/inloggen');
    await loginPage.logIn(fatma, demoAccounts.password);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vandaag');
    await expectNoSidewaysScroll(page, 'Vandaag with the search icon');
    const search = new SearchPage(page);
    await expect(search.headerField).toBeHidden();

    await search.headerIcon.click();

    await expect(page).toHaveURL(/\/zoeken$/);
    await expect(search.field).toBeFocused();
    await expect(page.getByTestId('search-start')).toContainText('je eigen logboek');
    await expectAccessible(page);

    await search.field.fill('kwadrantenxyz');
    await expect(search.nothingFound).toContainText('Niets gevonden voor “kwadrantenxyz”.');
    await expect(page).toHaveURL(/\?q=kwadrantenxyz$/);

    // Typing searches once it pauses; a word being typed finds the longer one.
    await search.field.fill('kwadrant');
    await expect(search.result('Les', wyber)).toBeVisible();
    await expect(search.result('Les', wyber).locator('mark').first()).toHaveText(/kwadrant/i);
    await search.kind.click();
    await page.getByRole('option', { name: 'Waarom-vragen' }).click();
    await expect(page).toHaveURL(/kind=why_question/);
    await expect(search.nothingFound).toBeVisible();
    await search.nothingFound.getByRole('button', { name: 'Zoek in alles' }).click();
    await expect(search.result('Les', wyber)).toBeVisible();
    await expectNoSidewaysScroll(page, 'Zoeken on a phone');
    await expectAccessible(page);
  });
});
