import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { type Person, type World, buildWorld, createTestHttpApp } from './test-world';

describe("a team's privacy allowances", () => {
  let app: NestFastifyApplication;
  let world: World;
  const query = (sql: string, params: unknown[] = []) => app.get(DataSource).query(sql, params);
  const as = (person: Person, method: 'GET' | 'PUT' | 'POST', url: string, payload?: object) =>
    world.request(person, { method, url, ...(payload && { payload }) });
  const allowances = () => `/api/teams/${world.team}/privacy-allowances`;
  const office = 'Wijkteam Noord, Stationsplein 1, 030 123 4567';

  beforeAll(async () => {
    app = await createTestHttpApp();
  });

  beforeEach(async () => {
    world = await buildWorld(app);
  });

  afterAll(() => app.close());

  it("lets the lead keep the team's own details, which the guard then skips for the team", async () => {
    const question = {
      question: 'Waarom bellen mensen ons op 030 123 4567 en niet de gemeente?',
      theme: 'samenwerking',
    };
    expect(
      (await as('professional', 'POST', `/api/teams/${world.team}/why-questions`, question))
        .statusCode,
    ).toBe(422);

    const saved = await as('teamLead', 'PUT', allowances(), {
      fragments: [` ${office} `, office, '14 030'],
    });

    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toEqual({ fragments: ['14 030', office] });
    expect((await as('professional', 'GET', allowances())).json()).toEqual(saved.json());
    expect((await as('professional', 'GET', '/api/me/privacy-context')).json().allow).toEqual([
      '14 030',
      office,
    ]);
    expect(
      (await as('professional', 'POST', `/api/teams/${world.team}/why-questions`, question))
        .statusCode,
    ).toBe(201);
  });

  it('is kept by the lead only, and bad lists change nothing', async () => {
    await as('teamLead', 'PUT', allowances(), { fragments: [office] });

    const byProfessional = await as('professional', 'PUT', allowances(), { fragments: [] });
    const tooMany = await as('teamLead', 'PUT', allowances(), {
      fragments: Array.from({ length: 21 }, (_, index) => `Partner ${index}`),
    });
    const tooShort = await as('teamLead', 'PUT', allowances(), { fragments: ['ab'] });

    expect(byProfessional.statusCode).toBe(403);
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().fields).toEqual([expect.objectContaining({ field: 'fragments' })]);
    expect(tooShort.statusCode).toBe(400);
    expect(tooShort.json().fields).toEqual([expect.objectContaining({ field: 'fragments.0' })]);
    expect(await query(`SELECT fragment FROM team_privacy_allowance`)).toEqual([
      { fragment: office },
    ]);
  });
});
