import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import type { LightMyRequestResponse } from 'fastify';
import { hash } from '@node-rs/argon2';
import type { Redis } from 'ioredis';
import { type AppConfig, createRootLogger } from '@leerruimte/api-core';
import { REDIS } from '@leerruimte/api-infrastructure';
import {
  deleteRedisKeys,
  migrateTestDatabase,
  testConfig,
  truncateAllTables,
} from '@leerruimte/api-infrastructure/testing';
import { CSRF_COOKIE, CSRF_HEADER, DEVICE_COOKIE, SESSION_COOKIE } from '@leerruimte/api-identity';
import { identityFactories } from '@leerruimte/api-identity-data/testing';
import { createHttpApp } from './http-app';

const PASSWORD = 'fiets-regen-koffie-dinsdag';

describe('logging in and out', () => {
  let app: NestFastifyApplication;
  let dataSource: DataSource;
  let config: AppConfig;

  beforeAll(async () => {
    config = testConfig();
    await migrateTestDatabase(config);
    app = await createHttpApp(
      { ...config, web: { distPath: '/nonexistent' } },
      createRootLogger('test', 'silent'),
    );
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    dataSource = app.get(DataSource);
  });

  beforeEach(async () => {
    await truncateAllTables(dataSource);
    for (const keys of ['rate:*', 'known-device:*', 'unlock-link:*']) {
      await deleteRedisKeys(app.get<Redis>(REDIS), `${config.redis.keyPrefix}:${keys}`);
    }
    const passwordHash = await hash(PASSWORD);
    const identity = identityFactories(dataSource);
    const teamId = await identity.team(
      await identity.organisation('Gemeente Testdorp'),
      'Wijkteam Zuid',
    );
    const userId = await identity.person('Mira Kok', {
      email: 'mira@testdorp.test',
      passwordHash,
    });
    await identity.member(userId, teamId, 'team_lead');
  });

  afterAll(() => app.close());

  function cookie(response: LightMyRequestResponse, name: string) {
    return response.cookies.find((entry) => entry.name === name);
  }

  /** A browser: keeps its cookies and sends the CSRF token like the web app does. */
  async function browser(ip = '127.0.0.1') {
    const jar = new Map<string, string>();
    const remember = (response: LightMyRequestResponse) => {
      for (const entry of response.cookies) {
        if (entry.value === '' || (entry.expires && entry.expires.getTime() < Date.now())) {
          jar.delete(entry.name);
        } else {
          jar.set(entry.name, entry.value);
        }
      }
      return response;
    };
    const cookies = () => Object.fromEntries(jar);
    remember(await app.inject({ method: 'GET', url: '/api/health', remoteAddress: ip }));
    return {
      jar,
      get: async (url: string) =>
        remember(await app.inject({ method: 'GET', url, cookies: cookies(), remoteAddress: ip })),
      post: async (url: string, payload?: object, headers: Record<string, string> = {}) =>
        remember(
          await app.inject({
            method: 'POST',
            url,
            payload,
            cookies: cookies(),
            remoteAddress: ip,
            headers: { [CSRF_HEADER]: jar.get(CSRF_COOKIE) ?? '', ...headers },
          }),
        ),
    };
  }

  it('logs in with a session cookie that JavaScript cannot read, and shows the teams', async () => {
    const sut = await browser();

    const login = await sut.post('/api/auth/login', {
      email: 'Mira@Testdorp.test',
      password: PASSWORD,
    });

    expect(login.statusCode).toBe(200);
    const session = cookie(login, SESSION_COOKIE);
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(session?.value.length).toBeGreaterThanOrEqual(43);
    const me = await sut.get('/api/auth/me');
    expect(me.json()).toMatchObject({
      name: 'Mira Kok',
      teams: [{ name: 'Wijkteam Zuid', organisationName: 'Gemeente Testdorp', role: 'team_lead' }],
    });
  });

  it('tells the web app who is logged in, and a visitor without an error', async () => {
    const sut = await browser();
    const visitor = await sut.get('/api/auth/session');
    expect(visitor.statusCode).toBe(200);
    expect(visitor.json()).toEqual({ user: null, signedInThrough: null });

    await sut.post('/api/auth/login', { email: 'mira@testdorp.test', password: PASSWORD });
    const session = await sut.get('/api/auth/session');
    expect(session.statusCode).toBe(200);
    expect(session.json().user).toMatchObject({ name: 'Mira Kok' });
    expect(session.json().signedInThrough).toBeNull();

    await sut.post('/api/auth/logout');
    expect((await sut.get('/api/auth/session')).json()).toEqual({
      user: null,
      signedInThrough: null,
    });
  });

  it('stores only a hash of the session token', async () => {
    const sut = await browser();
    await sut.post('/api/auth/login', { email: 'mira@testdorp.test', password: PASSWORD });
    const token = sut.jar.get(SESSION_COOKIE) ?? '';

    const stored = await dataSource.query(`SELECT token_hash FROM user_session`);

    expect(stored).toHaveLength(1);
    expect(stored[0].token_hash).not.toContain(token);
    expect(stored[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('ends the session on logout, also for a copy of the cookie', async () => {
    const sut = await browser();
    await sut.post('/api/auth/login', { email: 'mira@testdorp.test', password: PASSWORD });
    const stolen = sut.jar.get(SESSION_COOKIE) ?? '';

    expect((await sut.post('/api/auth/logout')).statusCode).toBe(204);

    expect((await sut.get('/api/auth/me')).statusCode).toBe(401);
    const replay = await app.inject({
      method: 'GET',
      url: '/api/auth/me',
      cookies: { [SESSION_COOKIE]: stolen },
    });
    expect(replay.statusCode).toBe(401);
  });

  it('answers a wrong password and an unknown address alike', async () => {
    const sut = await browser();

    const wrongPassword = await sut.post('/api/auth/login', {
      email: 'mira@testdorp.test',
      password: 'verkeerd-wachtwoord',
    });
    const unknown = await sut.post('/api/auth/login', {
      email: 'niemand@testdorp.test',
      password: PASSWORD,
    });

    expect(wrongPassword.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    const { correlationId: _a, ...wrongBody } = wrongPassword.json();
    const { correlationId: _b, ...unknownBody } = unknown.json();
    expect(wrongBody).toEqual(unknownBody);
    expect(wrongBody.message).toBe('Deze combinatie van e-mailadres en wachtwoord klopt niet.');
  });

  it('refuses a state-changing request without the CSRF token', async () => {
    const sut = await browser();

    const response = await sut.post(
      '/api/auth/login',
      { email: 'mira@testdorp.test', password: PASSWORD },
      { [CSRF_HEADER]: 'fout' },
    );

    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('csrf_failed');
    expect(await dataSource.query(`SELECT 1 FROM user_session`)).toEqual([]);
  });

  it('names every wrong field and stores nothing', async () => {
    const sut = await browser();

    const response = await sut.post(
      '/api/auth/login',
      { email: 'geen-adres', password: 'x'.repeat(129), rememberMe: true },
      { 'accept-language': 'en' },
    );

    expect(response.statusCode).toBe(400);
    expect(response.json().fields).toEqual([
      { field: 'email', code: 'invalid_format', message: 'Must be a valid e-mail address.' },
      { field: 'password', code: 'too_big', message: 'Must be at most 128 characters.' },
      { field: 'rememberMe', code: 'unrecognized_keys', message: 'This field is not known.' },
    ]);
    expect(await dataSource.query(`SELECT 1 FROM user_session`)).toEqual([]);
  });

  const mira = (password: string) => ({ email: 'mira@testdorp.test', password });
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('makes attempts wait longer after each failure, but never keeps the owner out of a known device', async () => {
    // Mira's own laptop has logged in before.
    const laptop = await browser('10.0.0.5');
    expect((await laptop.post('/api/auth/login', mira(PASSWORD))).statusCode).toBe(200);
    expect(cookie(await laptop.post('/api/auth/logout'), DEVICE_COOKIE)).toBeUndefined();
    expect(laptop.jar.get(DEVICE_COOKIE)?.length).toBeGreaterThanOrEqual(43);

    // Someone else guesses: four failures are free, the fifth makes the next attempt wait.
    const attacker = await browser('192.0.2.66');
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect((await attacker.post('/api/auth/login', mira(`fout-${attempt}`))).statusCode).toBe(
        401,
      );
    }
    const waiting = await attacker.post('/api/auth/login', mira(PASSWORD));
    expect(waiting.statusCode).toBe(429);
    expect(waiting.json()).toMatchObject({
      code: 'login_delayed',
      message:
        'Te veel mislukte pogingen. Wacht 2 seconden en probeer het opnieuw, of laat je een link mailen waarmee je op dit apparaat meteen weer kunt inloggen.',
    });
    // The wait grows with the next failure.
    await sleep(2_100);
    expect((await attacker.post('/api/auth/login', mira('fout-6'))).statusCode).toBe(401);
    expect((await attacker.post('/api/auth/login', mira(PASSWORD))).json().message).toContain(
      'Wacht 4 seconden',
    );

    // A new browser waits too; Mira's laptop does not, and her login clears the failures.
    const phone = await browser('10.0.0.6');
    expect((await phone.post('/api/auth/login', mira(PASSWORD))).statusCode).toBe(429);
    expect((await laptop.post('/api/auth/login', mira(PASSWORD))).statusCode).toBe(200);
    expect((await phone.post('/api/auth/login', mira(PASSWORD))).statusCode).toBe(200);
  });

  it('lets the owner log in at once after opening a mailed unlock link, which works once', async () => {
    const attacker = await browser('192.0.2.66');
    for (let attempt = 1; attempt <= 5; attempt++) {
      await attacker.post('/api/auth/login', mira(`fout-${attempt}`));
    }
    const phone = await browser('10.0.0.6');
    expect((await phone.post('/api/auth/login', mira(PASSWORD))).statusCode).toBe(429);

    expect(
      (await phone.post('/api/auth/unlock-link', { email: 'MIRA@testdorp.test' })).statusCode,
    ).toBe(202);
    expect(
      (await phone.post('/api/auth/unlock-link', { email: 'niemand@testdorp.test' })).statusCode,
    ).toBe(202);
    const mails = await dataSource.query(`SELECT recipient, subject, text FROM outbox_message`);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({
      recipient: 'mira@testdorp.test',
      subject: 'Weer inloggen in Leerruimte',
    });
    const token = /\/ontgrendelen\/([A-Za-z0-9_-]{43})/.exec(mails[0].text)?.[1] ?? '';

    const unlocked = await phone.post(`/api/auth/unlock/${token}`);
    expect(unlocked.statusCode).toBe(204);
    expect(cookie(unlocked, DEVICE_COOKIE)).toMatchObject({ httpOnly: true, path: '/api/auth' });
    expect((await phone.post('/api/auth/login', mira(PASSWORD))).statusCode).toBe(200);

    const again = await (await browser('10.0.0.7')).post(`/api/auth/unlock/${token}`);
    expect(again.statusCode).toBe(404);
    expect(again.json().code).toBe('unlock_link_not_found');
  });

  it('makes one address that fails for many accounts wait, and no other address', async () => {
    const guesser = await browser('198.51.100.9');
    for (let attempt = 1; attempt <= 31; attempt++) {
      const response = await guesser.post('/api/auth/login', {
        email: `persoon-${attempt}@testdorp.test`,
        password: 'zomer2026',
      });
      expect(response.statusCode).toBe(401);
    }

    const next = await guesser.post('/api/auth/login', mira(PASSWORD));
    expect(next.statusCode).toBe(429);
    expect(next.json().code).toBe('login_delayed');
    expect(
      (await (await browser('10.0.0.8')).post('/api/auth/login', mira(PASSWORD))).statusCode,
    ).toBe(200);
  });

  it('names the field of a bad unlock request and mails nothing', async () => {
    const response = await (await browser()).post('/api/auth/unlock-link', { email: 'mira' });

    expect(response.statusCode).toBe(400);
    expect(response.json().fields).toEqual([
      { field: 'email', code: 'invalid_format', message: 'Moet een geldig e-mailadres zijn.' },
    ]);
    expect(await dataSource.query(`SELECT 1 FROM outbox_message`)).toEqual([]);
  });

  it('needs a login for every route that is not public', async () => {
    const anonymous = await app.inject({ method: 'GET', url: '/api/auth/me' });

    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().code).toBe('unauthenticated');
  });
});
