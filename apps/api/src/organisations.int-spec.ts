import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { type World, buildWorld, createTestHttpApp } from './test-world';

describe('a platform admin creates organisations', () => {
  let app: NestFastifyApplication;
  let world: World;
  const query = (sql: string, params: unknown[] = []) => app.get(DataSource).query(sql, params);
  // The organisation admin of Gemeente A is also a platform admin in these tests.
  const asPlatformAdmin = (method: 'GET' | 'POST', payload?: object) =>
    world.request('organisationAdmin', {
      method,
      url: '/api/admin/organisations',
      ...(payload && { payload }),
    });

  beforeAll(async () => {
    app = await createTestHttpApp();
  });

  beforeEach(async () => {
    world = await buildWorld(app);
    // The world's organisation admin already has 2FA on, which platform admin work needs too.
    await query(`UPDATE app_user SET platform_admin = true WHERE id = $1`, [
      world.users.organisationAdmin,
    ]);
  });

  afterAll(() => app.close());

  it('creates an organisation whose new admin gets an account and a link to choose a password', async () => {
    const created = await asPlatformAdmin('POST', {
      name: 'Gemeente Nieuwdorp',
      adminName: 'Nina Nieuwdorp',
      adminEmail: 'Nina@Nieuwdorp.test',
    });

    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      name: 'Gemeente Nieuwdorp',
      admins: ['Nina Nieuwdorp'],
    });
    const [mail] = await query(`SELECT recipient, subject, text FROM outbox_message`);
    expect(mail).toMatchObject({
      recipient: 'nina@nieuwdorp.test',
      subject: 'Je beheert Gemeente Nieuwdorp in Leerruimte',
    });
    const token = /\/wachtwoord-herstellen\/([\w-]+)/.exec(mail.text)?.[1];
    const reset = await world.request('anonymous', {
      method: 'POST',
      url: `/api/auth/password-reset/${token}`,
      payload: { password: 'beheer-van-nieuwdorp-2027' },
    });
    expect(reset.statusCode).toBe(204);
    const login = await world.request('anonymous', {
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'nina@nieuwdorp.test', password: 'beheer-van-nieuwdorp-2027' },
    });
    expect(login.json().organisations).toEqual([
      expect.objectContaining({ name: 'Gemeente Nieuwdorp', admin: true }),
    ]);
    const listed = (await asPlatformAdmin('GET')).json();
    expect(listed.map((organisation: { name: string }) => organisation.name)).toEqual([
      'Gemeente A',
      'Gemeente B',
      'Gemeente Nieuwdorp',
    ]);
  });

  it('makes an existing person admin without a new account', async () => {
    await asPlatformAdmin('POST', {
      name: 'Gemeente C',
      adminName: 'wordt genegeerd',
      adminEmail: 'lars.lead@test.test',
    });

    expect(
      await query(
        `SELECT count(*)::int AS count FROM app_user WHERE email = 'lars.lead@test.test'`,
      ),
    ).toEqual([{ count: 1 }]);
    const me = await world.request('teamLead', { method: 'GET', url: '/api/auth/me' });
    expect(me.json().organisations).toContainEqual(
      expect.objectContaining({ name: 'Gemeente C', admin: true }),
    );
  });

  it('refuses a taken name and bad input, and stores nothing', async () => {
    const taken = await asPlatformAdmin('POST', {
      name: 'gemeente a',
      adminName: 'Iemand',
      adminEmail: 'x@test.test',
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().fields[0]).toMatchObject({ field: 'name' });
    const bad = await asPlatformAdmin('POST', { name: 'G', adminEmail: 'geen-adres' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields.map((field: { field: string }) => field.field)).toEqual([
      'name',
      'adminName',
      'adminEmail',
    ]);
    expect(await query(`SELECT count(*)::int AS count FROM organisation`)).toEqual([{ count: 2 }]);
  });
});
