import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { boardFactories } from '@leerruimte/api-board/testing';
import { SESSION_COOKIE, SessionService } from '@leerruimte/api-identity';
import { reflectionFactories } from '@leerruimte/api-reflection/testing';
import { type World, WORLD_PASSWORD, buildWorld, createTestHttpApp } from './test-world';

describe('my own account', () => {
  let app: NestFastifyApplication;
  let world: World;
  const query = (sql: string, params: unknown[] = []) => app.get(DataSource).query(sql, params);
  const asPriya = (method: 'GET' | 'PATCH' | 'POST' | 'DELETE', url: string, payload?: object) =>
    world.request('professional', { method, url, ...(payload && { payload }) });

  beforeAll(async () => {
    app = await createTestHttpApp();
  });

  beforeEach(async () => {
    world = await buildWorld(app);
  });

  afterAll(() => app.close());

  it('changes name and language', async () => {
    const response = await asPriya('PATCH', '/api/me', { name: ' Priya de Vries ', locale: 'en' });

    expect(response.json()).toMatchObject({ name: 'Priya de Vries', locale: 'en' });
  });

  it('refuses a name that holds client data, and takes my own name for mine', async () => {
    const withPhone = await asPriya('PATCH', '/api/me', { name: 'Priya 06 12345678' });
    expect(withPhone.statusCode).toBe(422);
    expect(withPhone.json().fields).toEqual([
      expect.objectContaining({ field: 'name', code: 'phone' }),
    ]);

    const renamed = await asPriya('PATCH', '/api/me', { name: 'Priya El Amrani' });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json().name).toBe('Priya El Amrani');
  });

  it("tells the web app whose names the privacy guard skips: the organisation's people", async () => {
    const response = await asPriya('GET', '/api/me/privacy-context');

    expect(response.statusCode).toBe(200);
    const { skipNames, allow } = response.json();
    expect(skipNames).toEqual(
      expect.arrayContaining(['Priya Professional', 'Lars Lead', 'Zoe Zuid', 'Ada Admin']),
    );
    expect(skipNames).not.toContain('Bas Buiten');
    expect(allow).toEqual([]);
  });

  it('rejects an unknown language or field, and an empty change', async () => {
    const bad = await asPriya('PATCH', '/api/me', { locale: 'de', colour: 'rood' });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .fields.map((field: { field: string }) => field.field)
        .sort(),
    ).toEqual(['colour', 'locale']);
    expect((await asPriya('PATCH', '/api/me', {})).statusCode).toBe(400);
  });

  it('remembers the team I work in, only one of my own, until I leave it', async () => {
    const chosen = await asPriya('PATCH', '/api/me', { preferredTeamId: world.team });
    expect(chosen.statusCode).toBe(200);
    expect(chosen.json().preferredTeamId).toBe(world.team);
    expect((await asPriya('GET', '/api/auth/me')).json().preferredTeamId).toBe(world.team);

    const [{ id: otherTeam }] = await query(`SELECT id FROM team WHERE name = 'Zuid'`);
    const notMine = await asPriya('PATCH', '/api/me', { preferredTeamId: otherTeam });
    expect(notMine.statusCode).toBe(422);
    expect(notMine.json().fields).toEqual([
      expect.objectContaining({
        field: 'preferredTeamId',
        message: 'Kies een van je eigen teams.',
      }),
    ]);
    expect((await asPriya('GET', '/api/auth/me')).json().preferredTeamId).toBe(world.team);

    const badId = await asPriya('PATCH', '/api/me', { preferredTeamId: 'noord' });
    expect(badId.statusCode).toBe(400);
    expect(badId.json().fields[0].field).toBe('preferredTeamId');

    await query(`DELETE FROM team_membership WHERE user_id = $1`, [world.users.professional]);
    expect((await asPriya('GET', '/api/auth/me')).json().preferredTeamId).toBeNull();
  });

  it('changes the password only with the current one, and ends the other sessions', async () => {
    const other = await app.get(SessionService).start(world.users.professional, {});

    const wrong = await asPriya('POST', '/api/me/password', {
      currentPassword: 'niet-mijn-wachtwoord',
      newPassword: 'een-nieuw-lang-wachtwoord',
    });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().fields[0]).toMatchObject({
      field: 'currentPassword',
      message: 'Dit wachtwoord klopt niet.',
    });

    const changed = await asPriya('POST', '/api/me/password', {
      currentPassword: WORLD_PASSWORD,
      newPassword: 'een-nieuw-lang-wachtwoord',
    });
    expect(changed.statusCode).toBe(204);
    expect((await asPriya('GET', '/api/auth/me')).statusCode).toBe(200);
    const otherDevice = await app.inject({
      method: 'GET',
      url: '/api/auth/me',
      cookies: { [SESSION_COOKIE]: other.token },
    });
    expect(otherDevice.statusCode).toBe(401);
  });

  it('exports everything about me as JSON, without secrets, and logs the export', async () => {
    const response = await asPriya('GET', '/api/me/export');

    expect(response.headers['content-disposition']).toContain('leerruimte-mijn-gegevens.json');
    const data = response.json();
    expect(data.profile).toMatchObject({
      email: 'priya.professional@test.test',
      name: 'Priya Professional',
    });
    expect(data.memberships).toEqual([
      expect.objectContaining({ team: 'Noord', organisation: 'Gemeente A', role: 'professional' }),
    ]);
    expect(data.sessions).toHaveLength(1);
    expect(response.body).not.toMatch(/password|token_hash|tokenHash|argon2/i);
    expect(await query(`SELECT action FROM audit_entry`)).toEqual([{ action: 'account.exported' }]);
  });

  it("puts her reflection answers, board items, intervisie and sign-in accounts in the export, and nobody else's", async () => {
    const db = app.get(DataSource);
    const { professional: priya, teamLead: lead } = world.users;
    const reflection = reflectionFactories(db);
    const moment = await reflection.moment(world.team, { createdById: lead });
    const asked = await reflection.occurrence(moment, [priya, lead], {
      question: 'Wat leerde je van het huisbezoek?',
    });
    await reflection.answer(asked, priya, 'Dat ik eerst moet luisteren.');
    await reflection.answer(asked, lead, 'Het antwoord van de teamleider.');
    const board = boardFactories(db);
    const question = await board.whyQuestion(world.team, {
      authorId: priya,
      question: 'Waarom bellen we eerst?',
    });
    await board.vote(question, priya);
    await board.experiment(world.team, { authorId: lead, title: 'Experiment van de teamleider' });
    const teamCase = await board.teamCase(world.team, { authorId: lead, title: 'Huurachterstand' });
    await board.intervisie(world.team, teamCase, '2026-11-20', 75, [priya]);
    await query(
      `INSERT INTO sso_identity (user_id, organisation_id, issuer, subject, email, last_sign_in_at)
       VALUES ($1, $2, 'https://login.voorbeeld.test', 'sub-123', 'priya@voorbeeld.test', now())`,
      [priya, world.organisation],
    );

    const data = (await asPriya('GET', '/api/me/export')).json();

    expect(data.reflection.prompts).toEqual([
      expect.objectContaining({
        question: 'Wat leerde je van het huisbezoek?',
        channels: ['in_app'],
        answer: 'Dat ik eerst moet luisteren.',
        shared: false,
      }),
    ]);
    expect(data.board.whyQuestions).toEqual([
      expect.objectContaining({ question: 'Waarom bellen we eerst?', team: 'Noord' }),
    ]);
    expect(data.board.votes).toEqual([
      expect.objectContaining({ question: 'Waarom bellen we eerst?' }),
    ]);
    expect(data.board.experiments).toEqual([]);
    expect(data.board.caseDiscussions).toEqual([
      {
        case: 'Huurachterstand',
        team: 'Noord',
        method: 'incident_method',
        heldOn: '2026-11-20',
        minutes: 75,
        byYou: false,
        outcome: null,
      },
    ]);
    expect(data.singleSignOn).toEqual([
      expect.objectContaining({ issuer: 'https://login.voorbeeld.test', subject: 'sub-123' }),
    ]);
    expect(JSON.stringify(data)).not.toContain('Het antwoord van de teamleider.');
    expect(JSON.stringify(data)).not.toContain('Experiment van de teamleider');
  });

  it('removes the account after the password; the log keeps it as a former team member', async () => {
    expect(
      (await asPriya('DELETE', '/api/me', { currentPassword: 'fout-wachtwoord-123' })).statusCode,
    ).toBe(403);

    const deleted = await asPriya('DELETE', '/api/me', { currentPassword: WORLD_PASSWORD });

    expect(deleted.statusCode).toBe(204);
    expect(
      await query(`SELECT id FROM app_user WHERE email = 'priya.professional@test.test'`),
    ).toEqual([]);
    expect(
      await query(`SELECT 1 FROM team_membership WHERE user_id = $1`, [world.users.professional]),
    ).toEqual([]);
    const log = await world.request('organisationAdmin', {
      method: 'GET',
      url: `/api/organisations/${world.organisation}/audit-log`,
    });
    expect(log.json()).toEqual([
      expect.objectContaining({ action: 'account.deleted', actorName: null }),
    ]);
  });
});
