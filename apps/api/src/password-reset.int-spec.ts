import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { type World, WORLD_PASSWORD, buildWorld, createTestHttpApp } from './test-world';

describe('a forgotten password', () => {
  let app: NestFastifyApplication;
  let world: World;
  const query = (sql: string, params: unknown[] = []) => app.get(DataSource).query(sql, params);
  const post = (url: string, payload: object) =>
    world.request('anonymous', { method: 'POST', url, payload });

  beforeAll(async () => {
    app = await createTestHttpApp();
  });

  beforeEach(async () => {
    world = await buildWorld(app);
  });

  afterAll(() => app.close());

  async function tokenFromMail(): Promise<string> {
    const [mail] = await query(`SELECT text FROM outbox_message ORDER BY created_at DESC LIMIT 1`);
    const token = /\/wachtwoord-herstellen\/([\w-]+)/.exec(mail?.text ?? '')?.[1];
    if (!token) throw new Error('no reset link mailed');
    return token;
  }

  it('mails a link; the new password works, the old one and every session end', async () => {
    const before = await world.request('professional', { method: 'GET', url: '/api/auth/me' });
    expect(before.statusCode).toBe(200);

    expect(
      (await post('/api/auth/password-reset', { email: 'Priya.Professional@test.test' }))
        .statusCode,
    ).toBe(202);
    const [mail] = await query(`SELECT subject, recipient FROM outbox_message`);
    expect(mail).toEqual({
      subject: 'Nieuw wachtwoord voor Leerruimte',
      recipient: 'priya.professional@test.test',
    });
    const token = await tokenFromMail();
    const verifiedAt = async () =>
      (
        await query(`SELECT email_verified_at FROM app_user WHERE id = $1`, [
          world.users.professional,
        ])
      )[0].email_verified_at;
    expect(await verifiedAt()).toBeNull();
    expect(
      (await post(`/api/auth/password-reset/${token}`, { password: 'regen-op-het-fietspad' }))
        .statusCode,
    ).toBe(204);
    // The link reached the address: a sign-in through the organisation may link to it later.
    expect(await verifiedAt()).toBeInstanceOf(Date);

    expect(
      (await world.request('professional', { method: 'GET', url: '/api/auth/me' })).statusCode,
    ).toBe(401);
    const login = (password: string) =>
      post('/api/auth/login', { email: 'priya.professional@test.test', password });
    expect((await login(WORLD_PASSWORD)).statusCode).toBe(401);
    expect((await login('regen-op-het-fietspad')).statusCode).toBe(200);
    expect(
      (await post(`/api/auth/password-reset/${token}`, { password: 'nog-een-ander-wachtwoord' }))
        .statusCode,
    ).toBe(404);
  });

  it('answers an unknown address exactly like a known one, and mails nothing', async () => {
    const unknown = await post('/api/auth/password-reset', { email: 'niemand@test.test' });

    expect(unknown.statusCode).toBe(202);
    expect(unknown.body).toBe('');
    expect(await query(`SELECT id FROM outbox_message`)).toEqual([]);
  });

  it('refuses a weak password and keeps the link usable', async () => {
    await post('/api/auth/password-reset', { email: 'priya.professional@test.test' });
    const token = await tokenFromMail();

    const weak = await post(`/api/auth/password-reset/${token}`, { password: 'kort' });

    expect(weak.statusCode).toBe(400);
    expect(weak.json().fields).toEqual([
      expect.objectContaining({ field: 'password', code: 'password_too_short' }),
    ]);
    expect(
      (await post(`/api/auth/password-reset/${token}`, { password: 'regen-op-het-fietspad' }))
        .statusCode,
    ).toBe(204);
  });

  it('says an old link has expired', async () => {
    await post('/api/auth/password-reset', { email: 'priya.professional@test.test' });
    const token = await tokenFromMail();
    await query(`UPDATE password_reset SET expires_at = now() - interval '1 minute'`);

    const response = await post(`/api/auth/password-reset/${token}`, {
      password: 'regen-op-het-fietspad',
    });

    expect(response.statusCode).toBe(410);
    expect(response.json().message).toBe('Deze link is verlopen. Vraag een nieuwe aan.');
  });

  it('names a missing or malformed address', async () => {
    const response = await post('/api/auth/password-reset', { email: 'geen adres' });

    expect(response.statusCode).toBe(400);
    expect(response.json().fields[0]).toMatchObject({
      field: 'email',
      message: 'Moet een geldig e-mailadres zijn.',
    });
  });

  it('mails one address at most five times an hour, whether or not it has an account', async () => {
    for (const email of ['priya.professional@test.test', 'niemand@test.test']) {
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 6; attempt++) {
        statuses.push((await post('/api/auth/password-reset', { email })).statusCode);
      }
      expect(statuses).toEqual([202, 202, 202, 202, 202, 429]);
    }
    expect(await query(`SELECT count(*)::int AS mails FROM outbox_message`)).toEqual([
      { mails: 5 },
    ]);
  });
});
