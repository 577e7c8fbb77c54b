import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { DatabaseNotifications } from '@leerruimte/api-infrastructure';
import { eventually } from '@leerruimte/api-infrastructure/testing';
import { type World, buildWorld, createTestHttpApp, queriesDuring } from './test-world';

/** Changes arrive through NOTIFY within milliseconds; a cache that missed them would hold 60 s. */
describe('sessions and people held in the API process', () => {
  let app: NestFastifyApplication;
  let world: World;
  let sql: DataSource;
  const status = async (as: Parameters<World['request']>[0], url: string) =>
    (await world.request(as, { method: 'GET', url })).statusCode;

  beforeAll(async () => {
    app = await createTestHttpApp((config) => ({
      ...config,
      cacheSeconds: 60,
    }));
    sql = app.get(DataSource);
  });

  beforeEach(async () => {
    world = await buildWorld(app);
    // The first logged-in request starts the listening.
    await status('professional', '/api/auth/me');
    await eventually(
      async () => expect(app.get(DatabaseNotifications).listening).toBe(true),
      5_000,
    );
  });

  afterAll(() => app.close());

  it('answers who I am without asking PostgreSQL anything', async () => {
    await status('professional', '/api/auth/me');

    const queries = await queriesDuring(app, () => status('professional', '/api/auth/me'));

    expect(queries).toEqual([]);
  });

  it("answers with what changed in SQL: a name, a team's name, an organisation's name", async () => {
    const me = async () =>
      (await world.request('professional', { method: 'GET', url: '/api/auth/me' })).json();
    expect((await me()).name).not.toBe('Fatma Yıldız');

    await sql.query(`UPDATE app_user SET name = 'Fatma Yıldız' WHERE id = $1`, [
      world.users.professional,
    ]);
    await eventually(async () => expect((await me()).name).toBe('Fatma Yıldız'), 1_000);

    await sql.query(`UPDATE team SET name = 'Wijkteam Noordoost' WHERE id = $1`, [world.team]);
    await eventually(
      async () =>
        expect((await me()).teams.map((team: { name: string }) => team.name)).toContain(
          'Wijkteam Noordoost',
        ),
      1_000,
    );

    await sql.query(`UPDATE organisation SET name = 'Gemeente Anders' WHERE id = $1`, [
      world.organisation,
    ]);
    await eventually(
      async () => expect((await me()).teams[0].organisationName).toBe('Gemeente Anders'),
      1_000,
    );
  });

  it('answers with a change the person just made, in the same request and the next', async () => {
    await status('professional', '/api/auth/me');

    const saved = await world.request('professional', {
      method: 'PATCH',
      url: '/api/me',
      payload: { locale: 'en' },
    });
    const next = await world.request('professional', { method: 'GET', url: '/api/auth/me' });

    expect(saved.statusCode).toBe(200);
    expect(saved.json().locale).toBe('en');
    expect(next.json().locale).toBe('en');
  });

  it('refuses a session deleted by another process (logged out there, or expired)', async () => {
    expect(await status('professional', '/api/auth/me')).toBe(200);

    await sql.query(`DELETE FROM user_session WHERE user_id = $1`, [world.users.professional]);

    await eventually(
      async () => expect(await status('professional', '/api/auth/me')).toBe(401),
      1_000,
    );
  });

  it('refuses a member removed from the team in SQL, and lets them in again when added', async () => {
    const board = `/api/teams/${world.team}/board`;
    expect(await status('professional', board)).toBe(200);

    await sql.query(`DELETE FROM team_membership WHERE user_id = $1 AND team_id = $2`, [
      world.users.professional,
      world.team,
    ]);
    await eventually(async () => expect(await status('professional', board)).toBe(403), 1_000);

    await sql.query(
      `INSERT INTO team_membership (user_id, team_id, role) VALUES ($1, $2, 'professional')`,
      [world.users.professional, world.team],
    );
    await eventually(async () => expect(await status('professional', board)).toBe(200), 1_000);
  });

  it('takes an organisation admin right away, and counts it only with 2FA on', async () => {
    const teams = `/api/organisations/${world.organisation}/teams`;
    expect(await status('organisationAdmin', teams)).toBe(200);

    await sql.query(`UPDATE app_user SET two_factor_enabled_at = NULL WHERE id = $1`, [
      world.users.organisationAdmin,
    ]);
    await eventually(async () => expect(await status('organisationAdmin', teams)).toBe(403), 1_000);

    await sql.query(`UPDATE app_user SET two_factor_enabled_at = now() WHERE id = $1`, [
      world.users.organisationAdmin,
    ]);
    await eventually(async () => expect(await status('organisationAdmin', teams)).toBe(200), 1_000);
    await sql.query(`DELETE FROM organisation_admin WHERE user_id = $1`, [
      world.users.organisationAdmin,
    ]);
    await eventually(async () => expect(await status('organisationAdmin', teams)).toBe(403), 1_000);
  });

  it('asks PostgreSQL again while it cannot hear changes, and holds sessions again after', async () => {
    const notifications = app.get(DatabaseNotifications);
    await status('professional', '/api/auth/me');

    await sql.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE application_name = 'leerruimte-listen' AND datname = current_database()`,
    );
    await eventually(async () => expect(notifications.listening).toBe(false), 1_000);
    // A change made while nobody listens is seen, since nothing is held meanwhile.
    await sql.query(`DELETE FROM team_membership WHERE user_id = $1`, [world.users.professional]);
    expect(await status('professional', `/api/teams/${world.team}/board`)).toBe(403);
    expect(await queriesDuring(app, () => status('professional', '/api/auth/me'))).toHaveLength(2);

    await eventually(async () => expect(notifications.listening).toBe(true), 5_000);
    await status('professional', '/api/auth/me');
    expect(await queriesDuring(app, () => status('professional', '/api/auth/me'))).toEqual([]);
  });
});
