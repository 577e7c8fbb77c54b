import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Secret, TOTP } from 'otpauth';
import { DataSource } from 'typeorm';
import { SESSION_COOKIE } from '@leerruimte/api-identity';
import {
  type World,
  WORLD_PASSWORD,
  WORLD_TOTP_SECRET,
  buildWorld,
  createTestHttpApp,
} from './test-world';

/** The app's code `steps` 30-second steps from now; a step can be used once, so tests move on. */
function codeAt(secret: string, steps = 0): string {
  return new TOTP({ secret: Secret.fromBase32(secret) }).generate({
    timestamp: Date.now() + steps * 30_000,
  });
}

describe('two-factor authentication', () => {
  let app: NestFastifyApplication;
  let world: World;
  const query = (sql: string, params: unknown[] = []) => app.get(DataSource).query(sql, params);
  const as = (
    person: 'professional' | 'organisationAdmin',
    method: 'GET' | 'POST' | 'DELETE',
    url: string,
    payload?: object,
  ) => world.request(person, { method, url, ...(payload && { payload }) });
  const anonymousPost = (url: string, payload: object) =>
    world.request('anonymous', { method: 'POST', url, payload });
  const adminLogin = () =>
    anonymousPost('/api/auth/login', { email: 'ada.admin@test.test', password: WORLD_PASSWORD });

  beforeAll(async () => {
    app = await createTestHttpApp();
  });

  beforeEach(async () => {
    world = await buildWorld(app);
  });

  afterAll(() => app.close());

  it('is set up with the password, a scanned secret and a code from the app', async () => {
    const wrongPassword = await as('professional', 'POST', '/api/me/two-factor/setup', {
      currentPassword: 'niet-mijn-wachtwoord',
    });
    expect(wrongPassword.statusCode).toBe(403);
    expect(wrongPassword.json().fields[0]).toMatchObject({ field: 'currentPassword' });

    const setup = await as('professional', 'POST', '/api/me/two-factor/setup', {
      currentPassword: WORLD_PASSWORD,
    });
    expect(setup.statusCode).toBe(200);
    const { secret, otpauthUri, qrCode } = setup.json();
    expect(otpauthUri).toContain(`secret=${secret}`);
    expect(qrCode).toMatch(/^data:image\/svg\+xml;base64,/);

    const wrongCode = await as('professional', 'POST', '/api/me/two-factor/enable', {
      code: codeAt(secret, -3),
    });
    expect(wrongCode.statusCode).toBe(422);
    expect(wrongCode.json().fields[0]).toMatchObject({ field: 'code' });
    expect(
      await query(`SELECT totp_secret FROM app_user WHERE id = $1`, [world.users.professional]),
    ).toEqual([{ totp_secret: null }]);

    const enabled = await as('professional', 'POST', '/api/me/two-factor/enable', {
      code: codeAt(secret),
    });
    expect(enabled.statusCode).toBe(200);
    expect(enabled.json().recoveryCodes).toHaveLength(10);
    // Sealed (AES-256-GCM): a copy of the database does not give the second factor.
    const [{ totp_secret: storedSecret }] = await query(
      `SELECT totp_secret FROM app_user WHERE id = $1`,
      [world.users.professional],
    );
    expect(storedSecret).toMatch(/^v1\./);
    expect(storedSecret).not.toContain(secret);
    expect((await as('professional', 'GET', '/api/auth/me')).json().twoFactor).toEqual({
      enabled: true,
      required: false,
      recoveryCodesLeft: 10,
    });
    expect(await query(`SELECT action FROM audit_entry`)).toEqual([
      { action: 'two_factor.enabled' },
    ]);
    const stored = JSON.stringify(await query(`SELECT * FROM recovery_code`));
    for (const code of enabled.json().recoveryCodes as string[]) {
      expect(stored).not.toContain(code);
    }
  });

  it('asks for the code after the password, and starts the session only after it', async () => {
    const first = await adminLogin();
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ twoFactorRequired: true, challenge: expect.any(String) });
    expect(first.cookies.find((cookie) => cookie.name === SESSION_COOKIE)).toBeUndefined();
    const { challenge } = first.json();

    const wrong = await anonymousPost('/api/auth/login/two-factor', {
      challenge,
      code: codeAt(WORLD_TOTP_SECRET, -3),
    });
    expect(wrong.statusCode).toBe(422);

    const code = codeAt(WORLD_TOTP_SECRET);
    const second = await anonymousPost('/api/auth/login/two-factor', { challenge, code });
    expect(second.statusCode).toBe(200);
    expect(second.json().email).toBe('ada.admin@test.test');
    expect(second.cookies.find((cookie) => cookie.name === SESSION_COOKIE)?.value).toBeTruthy();
    // The world stored Ada's secret as it was before sealing existed: a login seals it.
    expect(
      await query(`SELECT totp_secret FROM app_user WHERE email = 'ada.admin@test.test'`),
    ).toEqual([{ totp_secret: expect.stringMatching(/^v1\./) }]);

    const reusedChallenge = await anonymousPost('/api/auth/login/two-factor', {
      challenge,
      code: codeAt(WORLD_TOTP_SECRET, 1),
    });
    expect(reusedChallenge.statusCode).toBe(401);
    expect(reusedChallenge.json().code).toBe('login_challenge_expired');

    const { challenge: next } = (await adminLogin()).json();
    const replayed = await anonymousPost('/api/auth/login/two-factor', { challenge: next, code });
    expect(replayed.statusCode).toBe(422);
  });

  it('takes each recovery code once, in any case and with or without the dash', async () => {
    const codes = await turnOnForProfessional();
    const login = async (code: string) => {
      const { challenge } = (
        await anonymousPost('/api/auth/login', {
          email: 'priya.professional@test.test',
          password: WORLD_PASSWORD,
        })
      ).json();
      return anonymousPost('/api/auth/login/two-factor', { challenge, code });
    };

    expect((await login(codes[0].toUpperCase().replace('-', ''))).statusCode).toBe(200);
    expect((await login(codes[0])).statusCode).toBe(422);
    const me = await as('professional', 'GET', '/api/auth/me');
    expect(me.json().twoFactor.recoveryCodesLeft).toBe(9);
  });

  it('stops guessing codes after ten wrong ones', async () => {
    const { challenge } = (await adminLogin()).json();
    for (let attempt = 0; attempt < 10; attempt++) {
      await anonymousPost('/api/auth/login/two-factor', { challenge, code: '000000' });
    }

    const blocked = await anonymousPost('/api/auth/login/two-factor', {
      challenge,
      code: codeAt(WORLD_TOTP_SECRET),
    });
    expect(blocked.statusCode).toBe(429);
  });

  it('asks for the code again before a password change, renewing codes or removal', async () => {
    await turnOnForProfessional();
    const withoutCode = await as('professional', 'POST', '/api/me/password', {
      currentPassword: WORLD_PASSWORD,
      newPassword: 'een-nieuw-lang-wachtwoord',
    });
    expect(withoutCode.statusCode).toBe(422);
    expect(withoutCode.json().fields[0]).toMatchObject({ field: 'twoFactorCode' });

    const renewed = await as('professional', 'POST', '/api/me/two-factor/recovery-codes', {
      currentPassword: WORLD_PASSWORD,
      twoFactorCode: codeAt(WORLD_TOTP_SECRET, 1),
    });
    expect(renewed.statusCode).toBe(200);

    const removedWithoutCode = await as('professional', 'DELETE', '/api/me', {
      currentPassword: WORLD_PASSWORD,
    });
    expect(removedWithoutCode.statusCode).toBe(422);
    expect(
      await query(`SELECT 1 FROM app_user WHERE id = $1`, [world.users.professional]),
    ).toHaveLength(1);

    const turnedOff = await as('professional', 'POST', '/api/me/two-factor/disable', {
      currentPassword: WORLD_PASSWORD,
      twoFactorCode: renewed.json().recoveryCodes[0],
    });
    expect(turnedOff.statusCode).toBe(204);
    expect(await query(`SELECT count(*)::int AS n FROM recovery_code`)).toEqual([{ n: 0 }]);
  });

  it('keeps admin work behind 2FA, and admins cannot turn it off', async () => {
    const refused = await as('organisationAdmin', 'POST', '/api/me/two-factor/disable', {
      currentPassword: WORLD_PASSWORD,
      twoFactorCode: codeAt(WORLD_TOTP_SECRET),
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('two_factor_required_for_role');

    await query(`UPDATE app_user SET totp_secret = NULL, two_factor_enabled_at = NULL`);
    const teams = await as(
      'organisationAdmin',
      'GET',
      `/api/organisations/${world.organisation}/teams`,
    );
    expect(teams.statusCode).toBe(403);
    expect(teams.json().code).toBe('two_factor_required');
    expect((await as('organisationAdmin', 'GET', '/api/auth/me')).json().twoFactor).toEqual({
      enabled: false,
      required: true,
      recoveryCodesLeft: 0,
    });
  });

  it('refuses malformed requests with the field that is wrong', async () => {
    const badCode = await as('professional', 'POST', '/api/me/two-factor/enable', { code: 'abc' });
    expect(badCode.statusCode).toBe(400);
    expect(badCode.json().fields[0]).toMatchObject({ field: 'code' });

    const unknownField = await anonymousPost('/api/auth/login/two-factor', {
      challenge: 'x',
      code: '123456',
      remember: true,
    });
    expect(unknownField.statusCode).toBe(400);

    const notStarted = await as('professional', 'POST', '/api/me/two-factor/enable', {
      code: '123456',
    });
    expect(notStarted.statusCode).toBe(409);
    expect(notStarted.json().code).toBe('two_factor_setup_not_started');
  });

  /** Gives Priya the world's admin secret, so codes are known; returns her recovery codes. */
  async function turnOnForProfessional(): Promise<string[]> {
    await query(`UPDATE app_user SET totp_pending_secret = $2 WHERE id = $1`, [
      world.users.professional,
      WORLD_TOTP_SECRET,
    ]);
    const enabled = await as('professional', 'POST', '/api/me/two-factor/enable', {
      code: codeAt(WORLD_TOTP_SECRET),
    });
    expect(enabled.statusCode).toBe(200);
    return enabled.json().recoveryCodes;
  }
});
