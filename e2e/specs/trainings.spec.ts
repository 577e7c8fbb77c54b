import { demoAccounts, expect, expectAccessible, test } from '../fixtures';
import { LoginPage } from '../pages/login-page';

const TRAINING = 'Hollen of stilstaan';
const CASE = 'Moeder met twee banen en een oplopende huurachterstand';

/** A day from today as the date field takes it (dd-mm-jjjj), and as the API writes it. */
function inDays(days: number): { typed: string; iso: string } {
  const date = new Date(Date.now() + days * 86_400_000);
  const iso = date.toISOString().slice(0, 10);
  const [year, month, day] = iso.split('-');
  return { typed: `${day}-${month}-${year}`, iso };
}

/** An Amsterdam wall-clock moment, as the plan form's fields take it. */
function amsterdam(at: Date): { typed: string; time: string } {
  const part = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Amsterdam',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((piece) => [piece.type, piece.value]),
  );
  return { typed: `${part.day}-${part.month}-${part.year}`, time: `${part.hour}:${part.minute}` };
}

/**
 * A session that starts in about a quarter of an hour (so checking in is open now) and lasts
 * up to an hour, ending before midnight on its own day.
 */
function sessionStartingSoon() {
  let start = new Date(Math.ceil((Date.now() + 15 * 60_000) / 60_000) * 60_000);
  if (amsterdam(start).time === '23:59') start = new Date(start.getTime() + 2 * 60_000);
  const end = amsterdam(new Date(start.getTime() + 60 * 60_000));
  const day = amsterdam(start);
  return {
    date: day.typed,
    startTime: day.time,
    endTime: end.typed === day.typed ? end.time : '23:59',
  };
}

test.describe('Trainingen van een wijkteam', () => {
  test('de teamleider plant een training, registreert aanwezigheid; een teamlid schrijft zich in en ziet de uren', async ({
    page,
    shell,
    loginPage,
  }) => {
    test.setTimeout(120_000);

    // Samira, lead of Wijkteam Noord, plans a training of two sessions with one place each.
    await page.goto('/inloggen');
    await loginPage.logIn('samira.elamrani@voorbeeldstad.test', demoAccounts.password);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vandaag');
    await shell.mainNavigation.getByRole('link', { name: 'Trainingen' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trainingen');
    await page.getByRole('link', { name: 'Nieuwe training plannen' }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nieuwe training plannen');
    await page.getByLabel('Titel').fill(TRAINING);
    await page.getByLabel('Trainer(s)').fill('Samira El Amrani');
    await page.getByLabel('Register').selectOption({ label: 'Registerplein' });
    await page.getByLabel('Accreditatienummer').fill('RP-E2E-0007');
    await page.getByLabel('Punten').fill('6');
    await page.getByLabel('Voorbereidende module').selectOption({ label: 'Bewust leren' });
    await page
      .getByLabel('Module om daarna mee verder te gaan')
      .selectOption({ label: 'Leren van experimenten' });
    // The follow-up question reaches every participant: the privacy guard reads it as typed.
    const followUp = page.getByLabel('Reflectievraag achteraf (optioneel)');
    await followUp.fill('Hoe gaat het nu met mw. Jansen?');
    await expect(page.getByTestId('privacy-findings')).toContainText('Jansen');
    await followUp.fill('Wat doe je sinds de training anders in je werk?');
    await expect(page.getByTestId('privacy-findings')).toHaveCount(0);
    await page.getByLabel('Dagen na de laatste bijeenkomst').fill('7');
    await page.getByRole('button', { name: 'Bijeenkomst toevoegen' }).click();
    for (const [index, days] of [
      [1, 10],
      [2, 17],
    ] as const) {
      const session = page.getByRole('group', { name: `Bijeenkomst ${index} van 2` });
      await session.getByLabel('Datum', { exact: true }).fill(inDays(days).typed);
      await session.getByLabel('Plaats').fill('Stadskantoor, kamer 4.12');
      await session.getByLabel('Aantal plekken').fill('1');
    }
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Training plannen' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trainingen');
    const planned = page.getByRole('article', { name: TRAINING });
    await expect(planned).toContainText('Geaccrediteerd bij Registerplein (RP-E2E-0007), 6 punten');
    await expect(planned.getByRole('listitem').filter({ hasText: 'Bijeenkomst' })).toHaveCount(2);
    await expect(planned).toContainText(
      // Samira is one lesson into it (demo data): she sees her own progress.
      'Voorbereiding: de module Bewust leren · bezig (1 van 4 lessen)',
    );
    await expect(planned).toContainText('Daarna verder met de module Leren van experimenten');
    await expect(planned).toContainText(
      `${inDays(24).typed} krijgt wie erbij was de reflectievraag: “Wat doe je sinds de training anders in je werk?”`,
    );

    // The first session moves to another room: who has a place gets an updated invitation.
    await planned
      .getByRole('listitem')
      .filter({ hasText: 'Bijeenkomst 1 van 2' })
      .getByRole('link', { name: 'Presentielijst' })
      .click();
    const change = page.getByRole('region', { name: 'Bijeenkomst verplaatsen of wijzigen' });
    await change.getByLabel('Plaats').fill('Stadskantoor, kamer 2.01');
    await change.getByRole('button', { name: 'Wijziging opslaan' }).click();
    await expect(page.getByText('De bijeenkomst is gewijzigd')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Presentielijst' })).toContainText(
      'Stadskantoor, kamer 2.01',
    );
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Trainingen' }).first().click();

    // The second session cannot go ahead: the lead calls it off, after a second question.
    await planned
      .getByRole('listitem')
      .filter({ hasText: 'Bijeenkomst 2 van 2' })
      .getByRole('link', { name: 'Presentielijst' })
      .click();
    const callOff = page.getByRole('region', { name: 'Bijeenkomst annuleren' });
    await callOff.getByRole('button', { name: 'Bijeenkomst annuleren…' }).click();
    await expectAccessible(page);
    await callOff.getByRole('button', { name: 'Ja, annuleren en iedereen berichten' }).click();
    await expect(page.getByTestId('called-off')).toContainText('gaat niet door');
    await expect(page.getByRole('region', { name: 'Bijeenkomst annuleren' })).toHaveCount(0);
    await page.getByRole('link', { name: 'Trainingen' }).first().click();
    await expect(
      planned.getByRole('listitem').filter({ hasText: 'Bijeenkomst 2 van 2' }),
    ).toContainText('Gaat niet door');
    // The follow-up now counts from the last session that goes ahead.
    await expect(planned).toContainText(`${inDays(17).typed} krijgt wie erbij was`);

    // The second day of Sociale NetwerkStrategieën is past: Joost was there after all.
    const sns = page.getByRole('article', { name: 'Sociale NetwerkStrategieën' });
    await sns
      .getByRole('listitem')
      .filter({ hasText: 'Bijeenkomst 2 van 4' })
      .getByRole('link', { name: 'Presentielijst' })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Presentielijst');
    await page.getByLabel('Aanwezigheid: Joost Visser').selectOption({ label: 'Aanwezig' });
    await page.getByRole('button', { name: 'Aanwezigheid opslaan' }).click();
    await expect(page.getByText('Aanwezigheid opgeslagen.')).toBeVisible();
    await expectAccessible(page);
    await shell.logOut();

    // Joost takes the first session's only place.
    await page.goto('/inloggen');
    await loginPage.logIn('joost.visser@voorbeeldstad.test', demoAccounts.password);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vandaag');
    await shell.mainNavigation.getByRole('link', { name: 'Trainingen' }).click();
    const forJoost = page.getByRole('article', { name: TRAINING });
    await forJoost
      .getByRole('listitem')
      .filter({ hasText: 'Bijeenkomst 1 van 2' })
      .getByRole('button', { name: 'Inschrijven' })
      .click();
    await expect(forJoost.getByText('Je bent ingeschreven.')).toBeVisible();
    // The session is in his agenda, and the agenda leads back to the trainings.
    await shell.mainNavigation.getByRole('link', { name: 'Agenda' }).click();
    await expect(page.getByTestId('agenda-summary')).toContainText('trainingsbijeenkomst');
    await page.getByRole('link', { name: TRAINING }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trainingen');
    // He evaluates the first day he attended: anonymously, once.
    const snsForJoost = page.getByRole('article', { name: 'Sociale NetwerkStrategieën' });
    const dayOne = snsForJoost.getByRole('listitem').filter({ hasText: 'Bijeenkomst 1 van 4' });
    await dayOne.getByRole('button', { name: 'Bijeenkomst evalueren' }).click();
    await expect(dayOne.getByRole('radiogroup')).toHaveCount(4);
    for (const group of await dayOne.getByRole('radiogroup').all()) {
      await group.getByRole('radio', { name: '4', exact: true }).check();
    }
    await expectAccessible(page);
    await dayOne.getByRole('button', { name: 'Evaluatie versturen' }).click();
    await expect(dayOne.getByText('Bedankt voor je evaluatie')).toBeVisible();
    await expect(dayOne.getByRole('button', { name: 'Bijeenkomst evalueren' })).toHaveCount(0);
    // His attended day counts in his leerverslag, with its accreditation.
    const from = inDays(-30).iso;
    const csv = await page.request.get(
      `/api/learning/me/leerverslag?from=${from}&to=${inDays(0).iso}&format=csv`,
    );
    expect(await csv.text()).toMatch(
      /"Training Sociale NetwerkStrategieën \(bijeenkomst bijgewoond\)";"390";"[^"]*";"RP-DEMO-2026-014"/,
    );
    await shell.logOut();

    // Fatma, working in Noord, finds the session full and waits first in line.
    await page.goto('/inloggen');
    await loginPage.logIn('fatma.yilmaz@voorbeeldstad.test', demoAccounts.password);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vandaag');
    if ((await shell.teamSwitcher.count()) > 0) {
      await shell.teamSwitcher.selectOption({ label: 'Wijkteam Noord' });
    }
    await shell.mainNavigation.getByRole('link', { name: 'Trainingen' }).click();
    const first = page
      .getByRole('article', { name: TRAINING })
      .getByRole('listitem')
      .filter({ hasText: 'Bijeenkomst 1 van 2' });
    await expect(first).toContainText('1 van 1 plekken bezet');
    await first.getByRole('button', { name: 'Op de wachtlijst' }).click();
    await expect(
      first.getByText('Deze bijeenkomst is vol: je staat op de wachtlijst.'),
    ).toBeVisible();
    await expect(first).toContainText('Je bent nummer 1 op de wachtlijst.');
    await expectAccessible(page);
    await shell.logOut();
  });

  test('een organisatiebeheerder plant een training voor twee teams, elk met eigen plekken', async ({
    page,
    shell,
    loginPage,
  }) => {
    test.setTimeout(90_000);
    const title = 'Werken met de beroepscode';
    await page.goto('/inloggen');
    await loginPage.logIn('anouk.debruijn@voorbeeldstad.test', demoAccounts.password);
    await shell.openMenu();
    await shell.mainNavigation.getByRole('link', { name: 'Trainingen voor teams' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trainingen voor teams');
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Training voor teams plannen' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nieuwe training plannen');

    // No team chosen: it says so, and nothing is sent.
    await page.getByRole('button', { name: 'Training plannen' }).click();
    await expect(page.getByText('Kies minstens één team.')).toBeVisible();
    await page.getByRole('checkbox', { name: 'Wijkteam Noord' }).check();
    await page.getByRole('checkbox', { name: 'Wijkteam Oost' }).check();
    await page.getByLabel('Titel').fill(title);
    await page.getByLabel('Trainer(s)').fill('Karin Smit (extern)');
    const session = page.getByRole('group', { name: 'Bijeenkomst 1 van 1' });
    await session.getByLabel('Datum', { exact: true }).fill(inDays(30).typed);
    await session.getByLabel('Plaats').fill('Stadskantoor, zaal 1');
    await session.getByLabel('Aantal plekken').fill('6');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Training plannen' }).click();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trainingen voor teams');
    const plan = page.getByRole('article', { name: title });
    await expect(plan.getByRole('heading', { level: 3 })).toHaveText([
      'Wijkteam Noord',
      'Wijkteam Oost',
    ]);
    await expect(plan).toContainText('0 van 6 plekken bezet');
    await expectAccessible(page);
    await shell.logOut();

    // Samira, lead of Noord, finds it among her team's trainings, to enrol her people in.
    await page.goto('/inloggen');
    await loginPage.logIn('samira.elamrani@voorbeeldstad.test', demoAccounts.password);
    await shell.openMenu();
    await shell.mainNavigation.getByRole('link', { name: 'Trainingen' }).click();
    await expect(page.getByRole('article', { name: title })).toContainText('0 van 6 plekken bezet');
  });

  test('de teamleider plant een training vanuit een sjabloon uit de bronnen, met de trainershandleiding erbij', async ({
    page,
    context,
    shell,
    loginPage,
  }) => {
    const template = 'Hollen of stilstaan, aan de knoppen van je eigen professionele ruimte';
    await page.goto('/inloggen');
    await loginPage.logIn('samira.elamrani@voorbeeldstad.test', demoAccounts.password);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vandaag');
    await shell.mainNavigation.getByRole('link', { name: 'Trainingen' }).click();

    // The demo's Sociale NetwerkStrategieën was planned from its template: a guide per day.
    const sns = page.getByRole('article', { name: 'Sociale NetwerkStrategieën' });
    await expect(sns.getByRole('link', { name: 'Trainershandleiding' })).toHaveCount(4);

    await page.getByRole('link', { name: 'Nieuwe training plannen' }).first().click();
    await page
      .getByLabel('Beginnen met een training uit de bronnen (optioneel)')
      .selectOption({ label: template });
    await expect(page.getByLabel('Titel')).toHaveValue(template);
    await expect(page.getByLabel('Beschrijving')).not.toHaveValue('');
    const session = page.getByRole('group', { name: /^Bijeenkomst 1 van 1 · / });
    await expect(session.getByRole('combobox', { name: 'Begintijd' })).toHaveValue('09:00');
    await expect(session.getByRole('combobox', { name: 'Eindtijd' })).toHaveValue('12:30');
    const facts = page.getByTestId('template-facts');
    await expect(facts).toContainText('Voorbereiding voor deelnemers: de module');
    await expectAccessible(page);

    // The guide opens beside the form, which keeps what was filled in.
    const opened = context.waitForEvent('page');
    await facts.getByRole('link', { name: /^Handleiding: / }).click();
    const guide = await opened;
    await expect(guide.getByRole('heading', { level: 2, name: 'Programma' })).toBeVisible();
    await expect(guide.getByRole('table')).toBeVisible();
    await expectAccessible(guide);
    await guide.close();

    // Joost gives it with her: he keeps the register too.
    await page
      .getByRole('group', { name: 'Trainers uit het team' })
      .getByRole('checkbox', { name: 'Joost Visser' })
      .check();
    await session.getByLabel('Datum', { exact: true }).fill(inDays(20).typed);
    await session.getByLabel('Plaats').fill('Stadskantoor, kamer 4.12');
    await page.getByRole('button', { name: 'Training plannen' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trainingen');
    const planned = page.getByRole('article', { name: template });
    await planned.getByRole('link', { name: 'Trainershandleiding' }).click();
    await expect(page.getByText(`Trainershandleiding · ${template}`)).toBeVisible();
    await expect(
      page.getByRole('heading', { level: 2, name: 'Doel van deze bijeenkomst' }),
    ).toBeVisible();
    await expectAccessible(page);
    await shell.logOut();

    // Joost, a professional in the team, opens the register of the training he gives.
    await page.goto('/inloggen');
    await loginPage.logIn('joost.visser@voorbeeldstad.test', demoAccounts.password);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vandaag');
    await shell.mainNavigation.getByRole('link', { name: 'Trainingen' }).click();
    const given = page.getByRole('article', { name: template });
    await expect(given).toContainText('Door Joost Visser');
    await expect(sns.getByRole('link', { name: 'Presentielijst' })).toHaveCount(0);
    await given.getByRole('link', { name: 'Trainershandleiding' }).click();
    await expect(page.getByText(`Trainershandleiding · ${template}`)).toBeVisible();
    await page.goBack();
    await given.getByRole('link', { name: 'Presentielijst' }).click();
    await expect(page.getByRole('region', { name: 'Presentielijst' })).toBeVisible();
    // Enrolling others, moving and calling off stay the lead's.
    await expect(page.getByRole('region', { name: 'Teamlid inschrijven' })).toHaveCount(0);
    await expectAccessible(page);
  });

  test('een casusbespreking als intervisie telt als reflectie in het leerverslag van wie meedeed', async ({
    page,
    shell,
    loginPage,
  }) => {
    await page.goto('/inloggen');
    await loginPage.logIn('samira.elamrani@voorbeeldstad.test', demoAccounts.password);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vandaag');
    await shell.mainNavigation.getByRole('link', { name: 'Leerbord' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leerbord van Wijkteam Noord');
    await page.goto(`${new URL(page.url()).pathname}/casussen`);
    await page.getByRole('link', { name: CASE }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(CASE);

    await page
      .getByLabel('Uitkomst', { exact: true })
      .fill('We bellen eerst de school, dan pas de corporatie.');
    const intervisie = page.getByTestId('intervisie');
    await intervisie.getByRole('checkbox', { name: 'Samira El Amrani' }).check();
    await intervisie.getByRole('checkbox', { name: 'Joost Visser' }).check();
    await intervisie.getByLabel('Duur (minuten)').fill('75');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Bespreking opslaan' }).click();
    await expect(page.getByText('De bespreking is vastgelegd.')).toBeVisible();
    await expect(
      page.getByText('Intervisie met Joost Visser, Samira El Amrani · 75 minuten'),
    ).toBeVisible();

    const csv = await page.request.get(
      `/api/learning/me/leerverslag?from=${inDays(-30).iso}&to=${inDays(1).iso}&format=csv`,
    );
    expect(await csv.text()).toContain(
      `"reflectie";"reflectie";"Intervisie over de casus ${CASE}";"75"`,
    );
    await shell.logOut();
  });

  test('deelnemers checken zelf in met de code op het scherm; de teamleider ziet het meteen', async ({
    page,
    shell,
    loginPage,
    browser,
  }) => {
    test.setTimeout(120_000);
    const soon = sessionStartingSoon();

    // Samira plans a session that starts soon and enrols Joost.
    await page.goto('/inloggen');
    await loginPage.logIn('samira.elamrani@voorbeeldstad.test', demoAccounts.password);
    await shell.mainNavigation.getByRole('link', { name: 'Trainingen' }).click();
    await page.getByRole('link', { name: 'Nieuwe training plannen' }).first().click();
    await page.getByLabel('Titel').fill('Intervisie oefenen');
    await page.getByLabel('Trainer(s)').fill('Samira El Amrani');
    const session = page.getByRole('group', { name: 'Bijeenkomst 1 van 1' });
    await session.getByLabel('Datum', { exact: true }).fill(soon.date);
    await session.getByRole('combobox', { name: 'Begintijd' }).fill(soon.startTime);
    await session.getByRole('combobox', { name: 'Eindtijd' }).fill(soon.endTime);
    await session.getByLabel('Plaats').fill('Wijkcentrum De Linde, zaal 1');
    await page.getByRole('button', { name: 'Training plannen' }).click();
    await page
      .getByRole('article', { name: 'Intervisie oefenen' })
      .getByRole('link', { name: 'Presentielijst' })
      .click();
    for (const name of ['Joost Visser', 'Fatma Yilmaz']) {
      await page
        .getByRole('combobox', { name: 'Teamlid', exact: true })
        .selectOption({ label: name });
      await page.getByRole('button', { name: 'Inschrijven', exact: true }).click();
      await expect(page.getByRole('row', { name: new RegExp(name) })).toContainText('ingeschreven');
    }

    // In the room, she shows the code.
    const checkIn = page.getByRole('region', { name: 'Zelf inchecken' });
    await checkIn.getByRole('button', { name: 'Incheckcode tonen' }).click();
    const screen = page.getByTestId('check-in-code');
    await expect(screen.getByRole('img', { name: 'QR-code om in te checken' })).toBeVisible();
    await expectAccessible(page);
    const code = (await screen.locator('.code').innerText()).replace(/\s/g, '');
    expect(code).toMatch(/^\d{6}$/);

    // Joost, on his phone, types it.
    const phone = await browser.newContext({
      baseURL: test.info().project.use.baseURL,
      viewport: { width: 390, height: 844 },
    });
    const joost = await phone.newPage();
    await joost.goto('/inloggen');
    await new LoginPage(joost).logIn('joost.visser@voorbeeldstad.test', demoAccounts.password);
    await expect(joost.getByRole('heading', { level: 1 })).toHaveText('Vandaag');
    await joost.goto(new URL(page.url()).pathname.replace(/\/bijeenkomst\/.*/, ''));
    const mySession = joost
      .getByRole('article', { name: 'Intervisie oefenen' })
      .getByRole('listitem')
      .filter({ hasText: 'Bijeenkomst 1 van 1' });
    await mySession.getByRole('link', { name: 'Inchecken' }).click();
    await expect(joost.getByRole('heading', { level: 1 })).toHaveText('Inchecken');
    await joost.getByLabel('Code van het scherm').fill('000000');
    await joost.getByRole('button', { name: 'Inchecken' }).click();
    await expect(joost.getByText('Deze code klopt niet of is verlopen.')).toBeVisible();
    const current = (await screen.locator('.code').innerText()).replace(/\s/g, '');
    await joost.getByLabel('Code van het scherm').fill(current);
    await joost.getByRole('button', { name: 'Inchecken' }).click();
    await expect(joost.getByText('Je bent ingecheckt')).toBeVisible();
    await expectAccessible(joost);
    await phone.close();

    // Fatma scans the QR code while logged out: she logs in and is checked in.
    const shown = await page.request.get(
      `/api${new URL(page.url()).pathname.replace('/trainingen/bijeenkomst/', '/training-sessions/').replace('/team/', '/teams/')}/check-in-code`,
    );
    const qrLink = new URL((await shown.json()).link);
    const fatmaPhone = await browser.newContext({
      baseURL: test.info().project.use.baseURL,
      viewport: { width: 390, height: 844 },
    });
    const fatma = await fatmaPhone.newPage();
    await fatma.goto(`${qrLink.pathname}${qrLink.search}`);
    await new LoginPage(fatma).logIn('fatma.yilmaz@voorbeeldstad.test', demoAccounts.password);
    await expect(fatma.getByRole('heading', { level: 1 })).toHaveText('Inchecken');
    await expect(fatma.getByText('Je bent ingecheckt')).toBeVisible();
    await fatmaPhone.close();

    // The register behind the screen shows him present, without a reload.
    await expect(page.getByRole('row', { name: /Joost Visser/ })).toContainText(
      'zelf ingecheckt om',
    );
    await expect(page.getByRole('row', { name: /Joost Visser/ })).toContainText('aanwezig');
    await expect(page.getByRole('row', { name: /Fatma Yilmaz/ })).toContainText(
      'zelf ingecheckt om',
    );
  });
});
