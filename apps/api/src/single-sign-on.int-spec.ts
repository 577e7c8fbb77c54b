import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import dns2 from 'dns2';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@leerruimte/api-core';
import { REDIS } from '@leerruimte/api-infrastructure';
import { SESSION_COOKIE } from '@leerruimte/api-identity';
import {
  type TestClaims,
  type TestIdentityProvider,
  startTestIdentityProvider,
} from './test-identity-provider';
import { type World, WORLD_PASSWORD, buildWorld, createTestHttpApp } from './test-world';

/** A browser's cookies at the provider, as a person's browser would keep them. */
class CookieJar {
  private readonly cookies = new Map<string, string>();

  keep(response: Response): void {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const at = pair.indexOf('=');
      this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
  }

  get header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

/** DNS answers for the domain checks: TXT records by name, from a real DNS server on UDP. */
async function startDnsServer(records: Map<string, string>) {
  const { Packet } = dns2;
  const server = dns2.createServer({
    udp: true,
    handle: (request, send) => {
      const response = Packet.createResponseFromRequest(request);
      const [question] = request.questions;
      const text = records.get(question.name.toLowerCase());
      if (text) {
        response.answers.push({
          name: question.name,
          type: Packet.TYPE.TXT,
          class: Packet.CLASS.IN,
          ttl: 60,
          data: text,
        } as (typeof response.answers)[number]);
      }
      void send(response);
    },
  });
  const addresses = await server.listen({ udp: { port: 0, address: '127.0.0.1' } });
  if (!addresses.udp) throw new Error('The DNS server did not listen on UDP');
  return { server, address: `127.0.0.1:${addresses.udp.port}` };
}

describe('signing in through the organisation’s OpenID Connect provider', () => {
  let app: NestFastifyApplication;
  let world: World;
  let provider: TestIdentityProvider;
  let dns: Awaited<ReturnType<typeof startDnsServer>>;
  const txtRecords = new Map<string, string>();
  const query = (sql: string, params: unknown[] = []) => app.get(DataSource).query(sql, params);

  beforeAll(async () => {
    dns = await startDnsServer(txtRecords);
    app = await createTestHttpApp((config) => ({ ...config, dns: { servers: [dns.address] } }));
    provider = await startTestIdentityProvider({
      publicUrl: app.get<AppConfig>(APP_CONFIG).http.publicUrl,
    });
  });

  beforeEach(async () => {
    world = await buildWorld(app);
    txtRecords.clear();
  });

  afterAll(async () => {
    await provider.close();
    await app.close();
    await dns.server.close();
  });

  const asAdmin = (method: 'GET' | 'PUT' | 'POST' | 'DELETE', url: string, payload?: object) =>
    world.request('organisationAdmin', { method, url, ...(payload && { payload }) });

  /** Gemeente A's provider for test.test, its domain proven through DNS unless told. */
  async function connect(
    settings: { required?: boolean; tenantId?: string; verified?: boolean } = {},
  ) {
    const saved = await asAdmin('PUT', `/api/organisations/${world.organisation}/sso`, {
      issuer: provider.issuer,
      clientId: provider.clientId,
      clientSecret: provider.clientSecret,
      tenantId: settings.tenantId ?? null,
      required: settings.required ?? false,
      domains: ['test.test'],
    });
    expect(saved.statusCode).toBe(200);
    if (settings.verified ?? true) {
      const { txtRecord } = saved.json().connection.domains[0];
      txtRecords.set(txtRecord.name, txtRecord.value);
      const verified = await asAdmin(
        'POST',
        `/api/organisations/${world.organisation}/sso/domains/test.test/verify`,
      );
      expect(verified.statusCode).toBe(200);
    }
  }

  /**
   * From the login page to Leerruimte's callback, as a browser: Leerruimte sends it to the
   * provider, the provider's login page takes the login name, the provider sends it back.
   * Returns the query the provider sent back with.
   */
  async function throughProvider(
    login: string,
    email: string,
    terug = '/mijn-leren',
    idp: TestIdentityProvider = provider,
  ) {
    const start = await world.request('anonymous', {
      method: 'GET',
      url: `/api/auth/sso/start?email=${encodeURIComponent(email)}&terug=${encodeURIComponent(terug)}`,
    });
    expect(start.statusCode).toBe(302);
    browserCookie = start.cookies.find((cookie) => cookie.name === 'lr_sso')?.value;
    const jar = new CookieJar();
    let location = new URL(start.headers.location as string);
    expect(location.origin).toBe(idp.issuer);
    expect(location.searchParams.get('code_challenge_method')).toBe('S256');
    expect(location.searchParams.get('response_mode')).toBe('query');
    for (let hop = 0; hop < 10; hop += 1) {
      if (location.href.startsWith('http://localhost:3000/api/auth/sso/callback')) {
        return location.search;
      }
      const onLoginPage = /^\/interaction\/[^/]+$/.test(location.pathname);
      const response = await fetch(location, {
        redirect: 'manual',
        headers: { cookie: jar.header },
        ...(onLoginPage && {
          method: 'POST',
          headers: { cookie: jar.header, 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ prompt: 'login', login, password: 'ignored' }).toString(),
        }),
      });
      jar.keep(response);
      const next = response.headers.get('location');
      if (!next) throw new Error(`The provider stopped at ${location.href} (${response.status})`);
      location = new URL(next, location);
    }
    throw new Error('The provider never sent the browser back');
  }

  /** The browser's binding cookie from the last start: the browser that left comes back. */
  let browserCookie: string | undefined;
  const callback = (search: string, cookie = browserCookie) =>
    world.request('anonymous', {
      method: 'GET',
      url: `/api/auth/sso/callback${search}`,
      ...(cookie && { cookies: { lr_sso: cookie } }),
    });

  async function signIn(login: string, claims: TestClaims, terug?: string) {
    await provider.person(login, claims);
    return callback(await throughProvider(login, String(claims['email']), terug));
  }

  const sessionCookieOf = (response: { cookies: Array<{ name: string; value: string }> }) =>
    response.cookies.find((cookie) => cookie.name === SESSION_COOKIE && cookie.value)?.value;

  async function whoIs(sessionToken: string | undefined) {
    if (!sessionToken) return null;
    const response = await world.request('anonymous', {
      method: 'GET',
      url: '/api/auth/session',
      cookies: { [SESSION_COOKIE]: sessionToken },
    });
    return response.json();
  }

  it('makes a new account at the first sign-in, in the team its invitation named', async () => {
    await connect({ verified: false });
    // An invitation of another organisation to the same address stays that organisation's.
    const [elsewhere] = await query(`SELECT id FROM team WHERE name = 'Elders'`);
    await query(
      `INSERT INTO invitation (team_id, email, role, token_hash, invited_by, expires_at)
       VALUES ($1, 'nieuw@test.test', 'professional', $2, $3, now() + interval '14 days')`,
      [elsewhere.id, 'a'.repeat(64), world.users.otherOrganisation],
    );

    const response = await signIn(
      'nieuw',
      { email: 'Nieuw@Test.test', email_verified: true, name: 'Nina Nieuw' },
      '/mijn-leren',
    );

    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('/mijn-leren');
    const session = await whoIs(sessionCookieOf(response));
    expect(session.user).toMatchObject({ email: 'nieuw@test.test', name: 'Nina Nieuw' });
    expect(session.user.teams.map((team: { id: string }) => team.id)).toEqual([world.team]);
    expect(session.signedInThrough).toBe('Gemeente A');
    const [identity] = await query(`SELECT subject, organisation_id FROM sso_identity`);
    expect(identity).toEqual({ subject: 'nieuw', organisation_id: world.organisation });
  });

  it('links to an existing account at once only when address, domain and account are all proven', async () => {
    await connect();
    await query(`UPDATE app_user SET email_verified_at = now() WHERE id = $1`, [
      world.users.professional,
    ]);

    const response = await signIn('priya', {
      email: 'priya.professional@test.test',
      email_verified: true,
      name: 'Priya Professional',
    });

    expect(response.headers.location).toBe('/mijn-leren');
    const session = await whoIs(sessionCookieOf(response));
    expect(session.user.id).toBe(world.users.professional);
    const [{ count }] = await query(`SELECT count(*)::int AS count FROM app_user`);
    expect(count).toBe(5);
  });

  it.each([
    ['the provider does not vouch for the address', { verified: true }, false, true],
    ['the domain is not proven through DNS', { verified: false }, true, true],
    ['the account’s own address was never proven', { verified: true }, true, false],
  ])(
    'asks for the account’s password before linking when %s',
    async (_case, settings, emailVerified, accountVerified) => {
      await connect(settings);
      if (accountVerified) {
        await query(`UPDATE app_user SET email_verified_at = now() WHERE id = $1`, [
          world.users.professional,
        ]);
      }
      const claims = { email: 'priya.professional@test.test', email_verified: emailVerified };

      const response = await signIn('priya', claims);

      expect(sessionCookieOf(response)).toBeUndefined();
      const token = /^\/inloggen\/koppelen\/([\w-]+)$/.exec(
        response.headers.location as string,
      )?.[1];
      expect(token).toBeDefined();
      const preview = await world.request('anonymous', {
        method: 'GET',
        url: `/api/auth/sso/link/${token}`,
      });
      expect(preview.json()).toEqual({
        email: 'priya.professional@test.test',
        organisationName: 'Gemeente A',
      });
      const wrong = await world.request('anonymous', {
        method: 'POST',
        url: `/api/auth/sso/link/${token}`,
        payload: { password: 'niet-het-wachtwoord' },
      });
      expect(wrong.statusCode).toBe(403);
      expect(wrong.json().fields[0]).toMatchObject({ field: 'password' });
      expect(await query(`SELECT 1 FROM sso_identity`)).toHaveLength(0);

      const confirmed = await world.request('anonymous', {
        method: 'POST',
        url: `/api/auth/sso/link/${token}`,
        payload: { password: WORLD_PASSWORD },
      });
      expect(confirmed.statusCode).toBe(200);
      expect(confirmed.json().id).toBe(world.users.professional);
      expect(sessionCookieOf(confirmed)).toBeDefined();
      const reused = await world.request('anonymous', {
        method: 'POST',
        url: `/api/auth/sso/link/${token}`,
        payload: { password: WORLD_PASSWORD },
      });
      expect(reused.statusCode).toBe(404);

      const again = await signIn('priya', claims);
      expect((await whoIs(sessionCookieOf(again))).user.id).toBe(world.users.professional);
    },
  );

  it('joins a team an invitation named at a later sign-in too, as an imported list makes them', async () => {
    await connect();
    const first = await signIn('nina', { email: 'nina@test.test', email_verified: true });
    expect((await whoIs(sessionCookieOf(first))).user.teams).toEqual([]);
    await query(
      `INSERT INTO invitation (team_id, email, role, token_hash, invited_by, expires_at)
       VALUES ($1, 'nina@test.test', 'team_lead', $2, $3, now() + interval '14 days')`,
      [world.team, 'b'.repeat(64), world.users.organisationAdmin],
    );

    const second = await signIn('nina', { email: 'nina@test.test', email_verified: true });

    expect((await whoIs(sessionCookieOf(second))).user.teams).toEqual([
      expect.objectContaining({ id: world.team, role: 'team_lead' }),
    ]);
  });

  it('lets the owner confirm a link with a mailed link instead of the password', async () => {
    await connect({ verified: false });
    const response = await signIn('ada', { email: 'ada.admin@test.test', email_verified: true });
    const token = /koppelen\/([\w-]+)$/.exec(response.headers.location as string)?.[1];

    const mailed = await world.request('anonymous', {
      method: 'POST',
      url: `/api/auth/sso/link/${token}/mail`,
    });

    expect(mailed.statusCode).toBe(202);
    const [mail] = await query(`SELECT recipient, subject, text FROM outbox_message`);
    expect(mail).toMatchObject({
      recipient: 'ada.admin@test.test',
      subject: 'Je account koppelen in Leerruimte',
    });
    const code = /\/inloggen\/koppelen\/[\w-]+\?bevestiging=([\w-]+)/.exec(mail.text)?.[1];
    expect(code).toBeDefined();
    const confirm = (value: string) =>
      world.request('anonymous', {
        method: 'POST',
        url: `/api/auth/sso/link/${token}/mail/confirm`,
        payload: { code: value },
      });
    expect((await confirm('x'.repeat(43))).statusCode).toBe(404);
    const confirmed = await confirm(code as string);
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json().id).toBe(world.users.organisationAdmin);
    expect(sessionCookieOf(confirmed)).toBeDefined();
    expect((await confirm(code as string)).statusCode).toBe(404);
    const [account] = await query(`SELECT email_verified_at FROM app_user WHERE id = $1`, [
      world.users.organisationAdmin,
    ]);
    expect(account.email_verified_at).toBeInstanceOf(Date);
  });

  it('keeps one account when the address changes at the provider', async () => {
    await connect();
    const first = await signIn('nina', { email: 'nina@test.test', email_verified: true });
    const userId = (await whoIs(sessionCookieOf(first))).user.id;

    const second = await signIn('nina', {
      email: 'nina.nieuw@test.test',
      email_verified: true,
      name: 'Nina Nieuwenhuis',
    });

    const session = await whoIs(sessionCookieOf(second));
    expect(session.user).toMatchObject({
      id: userId,
      email: 'nina.nieuw@test.test',
      name: 'Nina Nieuwenhuis',
    });
    const [{ count }] = await query(
      `SELECT count(*)::int AS count FROM app_user WHERE email LIKE 'nina%'`,
    );
    expect(count).toBe(1);
  });

  it('refuses a token of another tenant, without an address, or of a domain not the organisation’s', async () => {
    await connect({ tenantId: 'tenant-a' });

    const otherTenant = await signIn('bas', {
      email: 'bas@test.test',
      email_verified: true,
      tid: 'tenant-b',
      oid: 'object-bas',
    });
    await provider.person('geen-adres', { tid: 'tenant-a', oid: 'object-x' });
    const noEmail = await callback(await throughProvider('geen-adres', 'geen.adres@test.test'));
    await provider.person('vreemd', { email: 'iemand@elders.test', tid: 'tenant-a', oid: 'o' });
    const otherDomain = await callback(await throughProvider('vreemd', 'iemand@test.test'));

    expect(otherTenant.headers.location).toBe('/inloggen?sso=wrong_tenant');
    expect(noEmail.headers.location).toBe('/inloggen?sso=no_email');
    expect(otherDomain.headers.location).toBe('/inloggen?sso=domain_not_allowed');
    for (const refused of [otherTenant, noEmail, otherDomain]) {
      expect(sessionCookieOf(refused)).toBeUndefined();
    }
    expect(await query(`SELECT 1 FROM sso_identity`)).toHaveLength(0);
  });

  it('keys an Entra ID person on the tenant’s object id, not the per-application subject', async () => {
    await connect({ tenantId: 'tenant-a' });

    await signIn('sub-1', {
      email: 'olga@test.test',
      email_verified: true,
      tid: 'tenant-a',
      oid: 'olga',
    });

    expect(await query(`SELECT subject FROM sso_identity`)).toEqual([{ subject: 'olga' }]);
  });

  it('uses a state once: the same answer replayed signs nobody in', async () => {
    await connect();
    await provider.person('nina', { email: 'nina@test.test', email_verified: true });
    const answer = await throughProvider('nina', 'nina@test.test');

    const first = await callback(answer);
    const replayed = await callback(answer);

    expect(sessionCookieOf(first)).toBeDefined();
    expect(replayed.headers.location).toBe('/inloggen?sso=expired');
    expect(sessionCookieOf(replayed)).toBeUndefined();
  });

  it('signs nobody in when the provider’s answer reaches another browser (login CSRF)', async () => {
    await connect();
    await provider.person('nina', { email: 'nina@test.test', email_verified: true });
    const first = await throughProvider('nina', 'nina@test.test');
    const otherBrowser = await callback(first, 'een-andere-browser');
    const second = await throughProvider('nina', 'nina@test.test');
    const noCookie = await world.request('anonymous', {
      method: 'GET',
      url: `/api/auth/sso/callback${second}`,
    });

    for (const response of [otherBrowser, noCookie]) {
      expect(response.headers.location).toBe('/inloggen?sso=expired');
      expect(sessionCookieOf(response)).toBeUndefined();
    }
    // The attacker's answer is used up either way: the right browser cannot use it later.
    expect((await callback(first)).headers.location).toBe('/inloggen?sso=expired');
  });

  it('refuses a token whose nonce is not the one this sign-in sent', async () => {
    await connect();
    await provider.person('nina', { email: 'nina@test.test', email_verified: true });
    const answer = await throughProvider('nina', 'nina@test.test');
    // The browser comes back to a sign-in that expects another nonce, as with a token injected
    // from another sign-in.
    const redis = app.get<Redis>(REDIS);
    const { keyPrefix } = app.get<AppConfig>(APP_CONFIG).redis;
    const [key] = await redis.keys(`${keyPrefix}:sso-state:*`);
    const started = JSON.parse((await redis.get(key)) as string);
    await redis.set(key, JSON.stringify({ ...started, nonce: 'another-nonce' }), 'EX', 60);

    const response = await callback(answer);

    expect(response.headers.location).toBe('/inloggen?sso=token_rejected');
    expect(sessionCookieOf(response)).toBeUndefined();
  });

  it('refuses a code that the provider gave to another application', async () => {
    await connect();
    await provider.person('nina', { email: 'nina@test.test', email_verified: true });
    const ours = await throughProvider('nina', 'nina@test.test');
    const state = new URLSearchParams(ours).get('state') as string;
    // A sign-in at the same provider for another client, whose code is brought to Leerruimte.
    const jar = new CookieJar();
    let location = new URL(`${provider.issuer}/auth`);
    location.search = new URLSearchParams({
      client_id: 'another-application',
      redirect_uri: 'http://localhost:3000/api/auth/sso/callback',
      response_type: 'code',
      scope: 'openid email',
      state: 'theirs',
      code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
      code_challenge_method: 'S256',
    }).toString();
    while (!location.href.startsWith('http://localhost:3000/')) {
      const onLoginPage = /^\/interaction\/[^/]+$/.test(location.pathname);
      const response = await fetch(location, {
        redirect: 'manual',
        ...(onLoginPage
          ? {
              method: 'POST',
              headers: { cookie: jar.header, 'content-type': 'application/x-www-form-urlencoded' },
              body: new URLSearchParams({
                prompt: 'login',
                login: 'nina',
                password: 'x',
              }).toString(),
            }
          : { headers: { cookie: jar.header } }),
      });
      jar.keep(response);
      location = new URL(response.headers.get('location') as string, location);
    }
    const theirCode = location.searchParams.get('code') as string;

    const response = await callback(
      `?${new URLSearchParams({ code: theirCode, state, iss: provider.issuer }).toString()}`,
    );

    expect(response.headers.location).toBe('/inloggen?sso=token_rejected');
    expect(sessionCookieOf(response)).toBeUndefined();
  });

  it('refuses an ID token that has expired', async () => {
    await connect();
    const late = await startTestIdentityProvider({
      publicUrl: app.get<AppConfig>(APP_CONFIG).http.publicUrl,
      clockOffsetSeconds: -7200,
    });
    try {
      await query(`UPDATE sso_connection SET issuer = $1`, [late.issuer]);
      await late.person('nina', { email: 'nina@test.test', email_verified: true });

      const response = await callback(await throughProvider('nina', 'nina@test.test', '/', late));

      expect(response.headers.location).toBe('/inloggen?sso=token_rejected');
      expect(sessionCookieOf(response)).toBeUndefined();
    } finally {
      await late.close();
    }
  });

  it('says so on the login page when the person cancels at the provider', async () => {
    await connect();
    const start = await world.request('anonymous', {
      method: 'GET',
      url: '/api/auth/sso/start?email=nina%40test.test',
    });
    const state = new URL(start.headers.location as string).searchParams.get('state') as string;
    browserCookie = start.cookies.find((cookie) => cookie.name === 'lr_sso')?.value;

    const response = await callback(
      `?${new URLSearchParams({ error: 'access_denied', state }).toString()}`,
    );

    expect(response.headers.location).toBe('/inloggen?sso=cancelled');
  });

  it('closes password login for a proven domain when required, but not for the organisation’s admins', async () => {
    await connect({ required: true });
    const login = (email: string) =>
      world.request('anonymous', {
        method: 'POST',
        url: '/api/auth/login',
        payload: { email, password: WORLD_PASSWORD },
      });

    const professional = await login('priya.professional@test.test');
    const admin = await login('ada.admin@test.test');
    const method = await world.request('anonymous', {
      method: 'POST',
      url: '/api/auth/sign-in-method',
      payload: { email: 'wie.dan.ook@test.test' },
    });

    expect(professional.statusCode).toBe(403);
    expect(professional.json().code).toBe('sso_required');
    // The break-glass account: its second step still comes, the provider is not needed.
    expect(admin.statusCode).toBe(200);
    expect(admin.json()).toMatchObject({ twoFactorRequired: true });
    expect(method.json()).toEqual({
      method: 'sso',
      organisationName: 'Gemeente A',
      required: true,
    });
  });

  it('sends someone invited at a required domain to the provider, which accepts the invitation', async () => {
    await connect({ required: true });
    await world.request('organisationAdmin', {
      method: 'POST',
      url: `/api/teams/${world.team}/invitations`,
      payload: { email: 'nieuw.lid@test.test', role: 'professional' },
    });
    const [mail] = await query(
      `SELECT text FROM outbox_message WHERE recipient = 'nieuw.lid@test.test'`,
    );
    const token = /\/uitnodiging\/([\w-]+)/.exec(mail.text)?.[1];

    const preview = await world.request('anonymous', {
      method: 'GET',
      url: `/api/invitations/${token}`,
    });
    const withPassword = await world.request('anonymous', {
      method: 'POST',
      url: `/api/invitations/${token}/accept`,
      payload: { name: 'Nieuw Lid', password: 'zomer-aan-de-dijk-2027' },
    });

    expect(preview.json().sso).toEqual({ organisationName: 'Gemeente A', required: true });
    expect(withPassword.statusCode).toBe(403);
    expect(withPassword.json().code).toBe('sso_required');
    const signedIn = await signIn('nieuw-lid', {
      email: 'nieuw.lid@test.test',
      email_verified: true,
    });
    expect((await whoIs(sessionCookieOf(signedIn))).user.teams).toEqual([
      expect.objectContaining({ id: world.team }),
    ]);
  });

  it('answers a password reset for a required domain with the way in, not a reset link', async () => {
    await connect({ required: true });
    const reset = (email: string) =>
      world.request('anonymous', {
        method: 'POST',
        url: '/api/auth/password-reset',
        payload: { email },
      });

    expect((await reset('priya.professional@test.test')).statusCode).toBe(202);
    expect((await reset('ada.admin@test.test')).statusCode).toBe(202);

    const mails = await query(
      `SELECT recipient, subject, text FROM outbox_message ORDER BY recipient`,
    );
    expect(
      mails.map((mail: { recipient: string; subject: string }) => [mail.recipient, mail.subject]),
    ).toEqual([
      ['ada.admin@test.test', 'Nieuw wachtwoord voor Leerruimte'],
      ['priya.professional@test.test', 'Inloggen in Leerruimte'],
    ]);
    expect(mails[1].text).toContain('Inloggen via Gemeente A');
    expect(mails[1].text).not.toContain('/wachtwoord-herstellen/');
  });

  it('does not close password login while the domain is not proven', async () => {
    await connect({ required: true, verified: false });

    const login = await world.request('anonymous', {
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'priya.professional@test.test', password: WORLD_PASSWORD },
    });

    expect(login.statusCode).toBe(200);
  });

  it('answers the sign-in method by domain alone, the same for unknown addresses', async () => {
    await connect();
    const method = (email: string) =>
      world.request('anonymous', {
        method: 'POST',
        url: '/api/auth/sign-in-method',
        payload: { email },
      });

    const known = await method('priya.professional@test.test');
    const unknown = await method('niemand@test.test');
    const elsewhere = await method('priya@elders.test');

    expect(known.json()).toEqual(unknown.json());
    expect(known.json()).toMatchObject({ method: 'sso', required: false });
    expect(elsewhere.json()).toEqual({ method: 'password' });
  });

  it('logs out of Leerruimte, and at the provider only when asked', async () => {
    await connect();
    const signedIn = await signIn('nina', { email: 'nina@test.test', email_verified: true });
    const token = sessionCookieOf(signedIn) as string;

    const logout = await world.request('anonymous', {
      method: 'POST',
      url: '/api/auth/logout/provider',
      cookies: { [SESSION_COOKIE]: token },
    });

    const url = new URL(logout.json().providerLogoutUrl);
    expect(url.origin + url.pathname).toBe(`${provider.issuer}/session/end`);
    expect(url.searchParams.get('client_id')).toBe(provider.clientId);
    expect(url.searchParams.get('post_logout_redirect_uri')).toBe('http://localhost:3000/inloggen');
    expect(await whoIs(token)).toEqual({ user: null, signedInThrough: null });
  });

  it('keeps the client secret sealed and checks the issuer when the settings are saved', async () => {
    await connect();
    const [{ client_secret }] = await query(`SELECT client_secret FROM sso_connection`);
    expect(client_secret).not.toContain(provider.clientSecret);
    expect(client_secret).toMatch(/^v1\./);

    const entraCommon = await asAdmin('PUT', `/api/organisations/${world.organisation}/sso`, {
      issuer: 'https://login.microsoftonline.com/common/v2.0',
      clientId: 'x',
      required: false,
      domains: ['test.test'],
    });
    const nothingThere = await asAdmin('PUT', `/api/organisations/${world.organisation}/sso`, {
      issuer: `${provider.issuer}/niets`,
      clientId: 'x',
      required: false,
      domains: ['test.test'],
    });
    const otherOrganisationsDomain = await world.request('otherOrganisation', {
      method: 'PUT',
      url: `/api/organisations/${(await query(`SELECT id FROM organisation WHERE name = 'Gemeente B'`))[0].id}/sso`,
      payload: {
        issuer: provider.issuer,
        clientId: provider.clientId,
        clientSecret: provider.clientSecret,
        required: false,
        domains: ['elders.test', 'TEST.test'],
      },
    });

    expect(entraCommon.statusCode).toBe(400);
    expect(entraCommon.json().fields).toEqual([
      expect.objectContaining({ field: 'issuer', code: 'issuer_not_tenant' }),
    ]);
    expect(nothingThere.statusCode).toBe(400);
    expect(nothingThere.json().fields).toEqual([
      expect.objectContaining({ field: 'issuer', code: 'issuer_unreachable' }),
    ]);
    expect(otherOrganisationsDomain.statusCode).toBe(400);
    expect(otherOrganisationsDomain.json().fields).toEqual([
      expect.objectContaining({ field: 'domains.1', code: 'domain_taken' }),
    ]);
    const settings = await asAdmin('GET', `/api/organisations/${world.organisation}/sso`);
    expect(settings.json().connection).toMatchObject({
      issuer: provider.issuer,
      domains: [expect.objectContaining({ domain: 'test.test' })],
    });
  });

  it('proves a domain only with its TXT record', async () => {
    await connect({ verified: false });

    const missing = await asAdmin(
      'POST',
      `/api/organisations/${world.organisation}/sso/domains/test.test/verify`,
    );
    txtRecords.set('_leerruimte.test.test', 'leerruimte-verificatie=een-ander-token');
    const wrong = await asAdmin(
      'POST',
      `/api/organisations/${world.organisation}/sso/domains/test.test/verify`,
    );
    const unknown = await asAdmin(
      'POST',
      `/api/organisations/${world.organisation}/sso/domains/elders.test/verify`,
    );

    expect(missing.statusCode).toBe(422);
    expect(missing.json().code).toBe('domain_not_verified');
    expect(wrong.statusCode).toBe(422);
    expect(unknown.statusCode).toBe(404);
    const [{ verified_at }] = await query(`SELECT verified_at FROM sso_domain`);
    expect(verified_at).toBeNull();
  });
});
