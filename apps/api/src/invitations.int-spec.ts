import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { SESSION_COOKIE } from '@leerruimte/api-identity';
import { type World, buildWorld, createTestHttpApp } from './test-world';

describe('inviting someone into a team', () => {
  let app: NestFastifyApplication;
  let world: World;
  const query = (sql: string, params: unknown[] = []) => app.get(DataSource).query(sql, params);

  beforeAll(async () => {
    app = await createTestHttpApp();
  });

  beforeEach(async () => {
    world = await buildWorld(app);
  });

  afterAll(() => app.close());

  const invite = (payload: object) =>
    world.request('organisationAdmin', {
      method: 'POST',
      url: `/api/teams/${world.team}/invitations`,
      payload,
    });

  /** The link from the newest mail in the outbox, as the invitee would click it. */
  async function linkFromOutbox(to: string): Promise<string> {
    const [mail] = await query(
      `SELECT text FROM outbox_message WHERE recipient = $1 ORDER BY created_at DESC LIMIT 1`,
      [to],
    );
    const token = /\/uitnodiging\/([\w-]+)/.exec(mail.text)?.[1];
    if (!token) throw new Error(`no invitation link in: ${mail.text}`);
    return token;
  }

  it('sends a Dutch mail; the new person joins with a name and password and is logged in', async () => {
    const sent = await invite({ email: 'Noor.Nieuw@Test.test', role: 'professional' });
    expect(sent.statusCode).toBe(201);
    const [mail] = await query(`SELECT subject, text, html, status FROM outbox_message`);
    expect(mail).toMatchObject({
      subject: 'Uitnodiging voor Noord in Leerruimte',
      status: 'stored',
    });
    expect(mail.text).toContain('Ada Admin nodigt je uit voor Noord (Gemeente A)');
    const token = await linkFromOutbox('noor.nieuw@test.test');

    const preview = await world.request('anonymous', {
      method: 'GET',
      url: `/api/invitations/${token}`,
    });
    expect(preview.json()).toEqual({
      email: 'noor.nieuw@test.test',
      teamName: 'Noord',
      organisationName: 'Gemeente A',
      accountExists: false,
      sso: null,
    });
    const accepted = await world.request('anonymous', {
      method: 'POST',
      url: `/api/invitations/${token}/accept`,
      payload: { name: 'Noor Nieuw', password: 'zomer-aan-de-dijk-2027' },
    });

    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({
      name: 'Noor Nieuw',
      teams: [{ name: 'Noord', role: 'professional' }],
    });
    expect(accepted.cookies.find((cookie) => cookie.name === SESSION_COOKIE)?.httpOnly).toBe(true);
    const reused = await world.request('anonymous', {
      method: 'GET',
      url: `/api/invitations/${token}`,
    });
    expect(reused.statusCode).toBe(404);
    const actions = (await query(`SELECT action FROM audit_entry ORDER BY created_at`)).map(
      (row: { action: string }) => row.action,
    );
    expect(actions).toEqual(['invitation.sent', 'invitation.accepted']);
    // The link reached the address: a sign-in through the organisation may link to it later.
    const [account] = await query(
      `SELECT email_verified_at FROM app_user WHERE email = 'noor.nieuw@test.test'`,
    );
    expect(account.email_verified_at).toBeInstanceOf(Date);
  });

  it.each([
    [{ email: 'geen-adres', role: 'professional' }, 'email', 'Moet een geldig e-mailadres zijn.'],
    [
      { email: 'a@b.test', role: 'baas' },
      'role',
      'Moet een van deze waarden zijn: professional, team_lead.',
    ],
    [{ email: 'a@b.test' }, 'role', 'Moet een van deze waarden zijn: professional, team_lead.'],
    [{ email: 'a@b.test', role: 'professional', team: 'x' }, 'team', 'Dit veld is onbekend.'],
  ])(
    'rejects the invitation %j with a clear error on %s, sending nothing',
    async (payload, field, message) => {
      const response = await invite(payload);

      expect(response.statusCode).toBe(400);
      expect(response.json().fields).toContainEqual(expect.objectContaining({ field, message }));
      expect(await query(`SELECT id FROM invitation WHERE email = 'a@b.test'`)).toEqual([]);
      expect(await query(`SELECT id FROM outbox_message`)).toEqual([]);
    },
  );

  it('does not invite someone who is already in the team', async () => {
    const response = await invite({ email: 'priya.professional@test.test', role: 'team_lead' });

    expect(response.statusCode).toBe(409);
    expect(response.json().fields).toEqual([
      expect.objectContaining({
        field: 'email',
        message: 'Dit e-mailadres hoort al bij een teamlid.',
      }),
    ]);
  });

  it('asks a new person for a name and a strong password, and creates nothing until then', async () => {
    await invite({ email: 'noor@test.test', role: 'professional' });
    const token = await linkFromOutbox('noor@test.test');
    const accept = (payload: object) =>
      world.request('anonymous', {
        method: 'POST',
        url: `/api/invitations/${token}/accept`,
        payload,
      });

    const empty = await accept({});
    expect(empty.json().fields.map((field: { field: string }) => field.field)).toEqual([
      'name',
      'password',
    ]);
    const common = await accept({ name: 'Noor', password: 'Wachtwoord123' });
    expect(common.json().fields).toEqual([
      expect.objectContaining({ field: 'password', code: 'password_too_common' }),
    ]);
    expect(await query(`SELECT id FROM app_user WHERE email = 'noor@test.test'`)).toEqual([]);
  });

  it('lets someone with an account accept only when logged in with it', async () => {
    await invite({ email: 'zoe.zuid@test.test', role: 'professional' });
    const token = await linkFromOutbox('zoe.zuid@test.test');
    const url = `/api/invitations/${token}/accept`;

    const anonymous = await world.request('anonymous', { method: 'POST', url, payload: {} });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().code).toBe('log_in_to_accept');
    const someoneElse = await world.request('professional', { method: 'POST', url, payload: {} });
    expect(someoneElse.statusCode).toBe(401);

    const accepted = await world.request('otherTeamSameOrganisation', {
      method: 'POST',
      url,
      payload: {},
    });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().teams.map((team: { name: string }) => team.name)).toEqual([
      'Noord',
      'Zuid',
    ]);
  });

  it('sends a new link on resend; the old link stops working', async () => {
    const sent = (await invite({ email: 'noor@test.test', role: 'professional' })).json();
    const oldToken = await linkFromOutbox('noor@test.test');

    const resent = await world.request('organisationAdmin', {
      method: 'POST',
      url: `/api/teams/${world.team}/invitations/${sent.id}/resend`,
    });
    expect(resent.statusCode).toBe(201);
    const newToken = await linkFromOutbox('noor@test.test');

    expect(newToken).not.toBe(oldToken);
    expect(
      (await world.request('anonymous', { method: 'GET', url: `/api/invitations/${oldToken}` }))
        .statusCode,
    ).toBe(404);
    expect(
      (await world.request('anonymous', { method: 'GET', url: `/api/invitations/${newToken}` }))
        .statusCode,
    ).toBe(200);
    const pending = await world.request('organisationAdmin', {
      method: 'GET',
      url: `/api/teams/${world.team}/invitations`,
    });
    const forNoor = pending
      .json()
      .filter((invitation: { email: string }) => invitation.email === 'noor@test.test');
    expect(forNoor).toEqual([expect.objectContaining({ role: 'professional', expired: false })]);
  });

  it('says an expired invitation has expired', async () => {
    await invite({ email: 'noor@test.test', role: 'professional' });
    const token = await linkFromOutbox('noor@test.test');
    await query(`UPDATE invitation SET expires_at = now() - interval '1 minute'`);

    const response = await world.request('anonymous', {
      method: 'GET',
      url: `/api/invitations/${token}`,
    });

    expect(response.statusCode).toBe(410);
    expect(response.json().message).toBe(
      'Deze uitnodiging is verlopen. Vraag degene die je uitnodigde om een nieuwe.',
    );
  });

  it('stops answering invitation links from one address after sixty tries in 15 minutes', async () => {
    const statuses = new Set<number>();
    for (let attempt = 0; attempt < 60; attempt++) {
      const guess = await world.request('anonymous', {
        method: 'GET',
        url: `/api/invitations/geraden-${attempt}`,
      });
      statuses.add(guess.statusCode);
    }
    expect([...statuses]).toEqual([404]);

    const blocked = await world.request('anonymous', {
      method: 'GET',
      url: '/api/invitations/geraden-61',
    });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().code).toBe('too_many_attempts');
  });

  it('shows the platform admin the outbox, and keeps who looked in the audit log', async () => {
    await query(`UPDATE app_user SET platform_admin = true WHERE id = $1`, [
      world.users.organisationAdmin,
    ]);
    await invite({ email: 'noor.nieuw@test.test', role: 'professional' });

    const outbox = await world.request('organisationAdmin', {
      method: 'GET',
      url: '/api/admin/outbox',
    });

    expect(outbox.statusCode).toBe(200);
    // Without a mail server the outbox is the demo's mailbox: the text is shown.
    expect(outbox.json()[0]).toMatchObject({
      recipient: 'noor.nieuw@test.test',
      status: 'stored',
      text: expect.stringContaining('/uitnodiging/'),
    });
    expect(
      await query(
        `SELECT action, actor_id, organisation_id FROM audit_entry WHERE action = 'outbox.read'`,
      ),
    ).toEqual([
      { action: 'outbox.read', actor_id: world.users.organisationAdmin, organisation_id: null },
    ]);
  });
});
