import { demoAccounts, expect, expectAccessible, test } from '../fixtures';

test.describe('Een medewerker beantwoordt een reflectievraag van haar team', () => {
  test('ziet de open vraag, wordt gewaarschuwd voor cliëntgegevens en deelt haar antwoord', async ({
    page,
    shell,
    loginPage,
  }) => {
    await page.goto('/inloggen');
    await loginPage.logIn('fatma.yilmaz@voorbeeldstad.test', demoAccounts.password);
    await shell.mainNavigation.getByRole('link', { name: 'Reflecties' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reflecties');

    const open = page.getByRole('region', { name: 'Open vragen' });
    await expect(open).toContainText('Wat heb je deze week geleerd van een casus');
    // The answer field opens on a tap (its form code loads then), with the focus in it. The
    // phone test may have answered this question already.
    await open.getByRole('button', { name: /^(Antwoorden|Antwoord wijzigen)$/ }).click();
    await expect(open.getByLabel('Jouw antwoord')).toBeFocused();
    await open
      .getByLabel('Jouw antwoord')
      .fill('Mevrouw, bereikbaar op 06-12345678, wilde zelf kiezen.');
    await expect(open.getByTestId('privacy-findings')).toContainText(
      '“06-12345678” lijkt op een telefoonnummer',
    );
    await open
      .getByLabel('Jouw antwoord')
      .fill('Door eerst te vragen wat iemand zelf wil, kwam er een beter plan.');
    await expect(open.getByTestId('privacy-findings')).toHaveCount(0);
    await open.getByRole('radio', { name: 'Delen met mijn team' }).check();
    await open.getByRole('button', { name: 'Antwoord bewaren' }).click();
    await expect(open.getByText('Je antwoord is bewaard.')).toBeVisible();

    const past = page.getByRole('region', { name: 'Eerdere vragen' });
    await expect(past).toContainText('Ik merk dat ik bij boosheid te snel ga regelen.');
    await expect(past).toContainText('alleen voor jou');
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Agenda-link maken' }).click();
    const link = (await page.getByTestId('calendar-link').textContent())?.trim() ?? '';
    expect(link).toMatch(/\/api\/reflection\/calendar\/[\w-]+\.ics$/);
    const feed = await page.request.get(new URL(link).pathname);
    expect(await feed.text()).toContain('BEGIN:VCALENDAR');

    // Back later: the answer is shown, and changing it starts from what was saved.
    await page.reload();
    const reopened = page.getByRole('region', { name: 'Open vragen' });
    await expect(reopened).toContainText(
      'Door eerst te vragen wat iemand zelf wil, kwam er een beter plan.',
    );
    await reopened.getByRole('button', { name: 'Antwoord wijzigen' }).click();
    await expect(reopened.getByLabel('Jouw antwoord')).toHaveValue(
      'Door eerst te vragen wat iemand zelf wil, kwam er een beter plan.',
    );
  });

  test('de teamleider plant een moment, ziet de volgende vijf en alleen gedeelde antwoorden', async ({
    page,
    shell,
    loginPage,
  }) => {
    await page.goto('/inloggen');
    await loginPage.logIn('samira.elamrani@voorbeeldstad.test', demoAccounts.password);
    await shell.mainNavigation.getByRole('link', { name: 'Teamreflectie' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Teamreflectie · Wijkteam Noord',
    );

    await page.getByLabel('Vraag', { exact: true }).fill('Welke aanname liet je deze week los?');
    await page.getByRole('checkbox', { name: 'donderdag' }).first().check();
    await expect(page.getByTestId('schedule-preview').getByRole('listitem')).toHaveCount(5);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Plannen' }).click();
    await expect(page.getByTestId('team-reflection-message')).toHaveText(
      'Het reflectiemoment is gepland.',
    );
    await expect(
      page.getByRole('article', { name: 'Welke aanname liet je deze week los?' }),
    ).toContainText('Actief');
    await page
      .getByRole('article', { name: 'Welke aanname liet je deze week los?' })
      .getByRole('button', { name: 'Wijzigen' })
      .click();
    await expect(page.getByRole('heading', { name: 'Reflectiemoment wijzigen' })).toBeVisible();
    await page.getByLabel('Vraag', { exact: true }).fill('Welke aanname liet je vandaag los?');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await expect(page.getByTestId('team-reflection-message')).toHaveText(
      'Het reflectiemoment is gewijzigd.',
    );
    await expect(
      page.getByRole('article', { name: 'Welke aanname liet je vandaag los?' }),
    ).toBeVisible();

    const weekly = page.getByRole('article', {
      name: /Wat heb je deze week geleerd van een casus/,
    });
    await weekly.getByRole('button', { name: 'Antwoorden bekijken' }).click();
    await expect(weekly.getByTestId('occurrence-report').first()).toBeVisible();
    await expect(weekly).toContainText('Bij de familie in de Lindelaan vroeg ik eerst');
    await expect(weekly).not.toContainText('Ik had te snel een indicatie klaar.');
    await expectAccessible(page);
  });
});
