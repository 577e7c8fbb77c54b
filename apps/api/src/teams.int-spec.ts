import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { type World, buildWorld, createTestHttpApp } from './test-world';

describe('an organisation admin manages teams and members', () => {
  let app: NestFastifyApplication;
  let world: World;
  const count = async (sql: string, params: unknown[] = []) =>
    Number((await app.get(DataSource).query(sql, params))[0].count);

  beforeAll(async () => {
    app = await createTestHttpApp();
  });

  beforeEach(async () => {
    world = await buildWorld(app);
  });

  afterAll(() => app.close());

  const asAdmin = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    world.request('organisationAdmin', { method, url, ...(payload && { payload }) });

  it('creates a team and records it in the audit log', async () => {
    const created = await asAdmin('POST', `/api/organisations/${world.organisation}/teams`, {
      name: '  Wijkteam West  ',
    });

    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ name: 'Wijkteam West', memberCount: 0 });
    const teams = (await asAdmin('GET', `/api/organisations/${world.organisation}/teams`)).json();
    expect(teams.map((team: { name: string }) => team.name)).toEqual([
      'Noord',
      'Wijkteam West',
      'Zuid',
    ]);
    const log = (await asAdmin('GET', `/api/organisations/${world.organisation}/audit-log`)).json();
    expect(log[0]).toMatchObject({
      action: 'team.created',
      actorName: 'Ada Admin',
      teamName: 'Wijkteam West',
    });
  });

  it('refuses a second team with the same name, whatever its case, and stores nothing', async () => {
    const response = await asAdmin('POST', `/api/organisations/${world.organisation}/teams`, {
      name: 'NOORD',
    });

    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      code: 'team_name_taken',
      fields: [{ field: 'name', message: 'Deze naam is al in gebruik.' }],
    });
    expect(await count(`SELECT count(*) FROM team`)).toBe(3);
    expect(await count(`SELECT count(*) FROM audit_entry`)).toBe(0);
  });

  it.each([
    [{}, 'name', 'Dit veld is verplicht.'],
    [{ name: 'x' }, 'name', 'Moet minstens 2 tekens lang zijn.'],
    [{ name: 'x'.repeat(101) }, 'name', 'Mag hoogstens 100 tekens lang zijn.'],
    [{ name: 42 }, 'name', 'Moet een tekst zijn.'],
    [{ name: 'Wijkteam West', colour: 'blauw' }, 'colour', 'Dit veld is onbekend.'],
  ])('rejects a team %j with a clear error on %s', async (payload, field, message) => {
    const response = await asAdmin(
      'POST',
      `/api/organisations/${world.organisation}/teams`,
      payload,
    );

    expect(response.statusCode).toBe(400);
    expect(response.json().fields).toContainEqual(expect.objectContaining({ field, message }));
    expect(await count(`SELECT count(*) FROM team`)).toBe(3);
  });

  it('changes a role, logs from and to, and rejects an unknown role', async () => {
    const url = `/api/teams/${world.team}/members/${world.users.professional}`;

    const bad = await asAdmin('PATCH', url, { role: 'baas' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields[0]).toMatchObject({ field: 'role', code: 'invalid_value' });

    const changed = await asAdmin('PATCH', url, { role: 'team_lead' });
    expect(changed.json()).toMatchObject({ name: 'Priya Professional', role: 'team_lead' });
    const log = (await asAdmin('GET', `/api/organisations/${world.organisation}/audit-log`)).json();
    expect(log[0]).toMatchObject({
      action: 'member.role_changed',
      targetName: 'Priya Professional',
      details: { from: 'professional', to: 'team_lead' },
    });
  });

  it('removes a member once; a second time, or someone who is no member, is a 404', async () => {
    const url = `/api/teams/${world.team}/members/${world.users.professional}`;

    expect((await asAdmin('DELETE', url)).statusCode).toBe(204);
    expect((await asAdmin('DELETE', url)).statusCode).toBe(404);
    const outsider = `/api/teams/${world.team}/members/${world.users.otherTeamSameOrganisation}`;
    expect((await asAdmin('DELETE', outsider)).json().code).toBe('member_not_found');
    expect(await count(`SELECT count(*) FROM audit_entry WHERE action = 'member.removed'`)).toBe(1);
  });

  it('answers ids that are no ids, or belong to nothing, with 404', async () => {
    expect((await asAdmin('GET', `/api/teams/niet-een-id/members`)).statusCode).toBe(404);
    expect(
      (await asAdmin('GET', `/api/teams/${world.users.professional}/members`)).statusCode,
    ).toBe(404);
    expect(
      (await asAdmin('PATCH', `/api/teams/${world.team}/members/123`, { role: 'team_lead' }))
        .statusCode,
    ).toBe(404);
  });

  it('shows the members of a team to its professional', async () => {
    const response = await world.request('professional', {
      method: 'GET',
      url: `/api/teams/${world.team}/members`,
    });

    expect(response.json()).toEqual([
      expect.objectContaining({ name: 'Lars Lead', role: 'team_lead' }),
      expect.objectContaining({ name: 'Priya Professional', role: 'professional' }),
    ]);
  });
});
