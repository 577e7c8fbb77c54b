import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { type World, buildWorld, createTestHttpApp, queriesDuring } from './test-world';

describe('what a logged-in request asks of the database', () => {
  let app: NestFastifyApplication;
  let world: World;

  beforeAll(async () => {
    app = await createTestHttpApp();
    world = await buildWorld(app);
  });

  afterAll(() => app.close());

  it('answers who I am with two queries: the session with my grants, then me', async () => {
    // The first request of a person starts their session (an insert); that is not measured.
    await world.request('professional', { method: 'GET', url: '/api/auth/me' });

    let status = 0;
    const queries = await queriesDuring(app, async () => {
      status = (await world.request('professional', { method: 'GET', url: '/api/auth/me' }))
        .statusCode;
    });

    expect(status).toBe(200);
    expect(queries).toHaveLength(2);
  });

  it('answers the session of a person who signed in with a password as who I am, with no query more', async () => {
    await world.request('professional', { method: 'GET', url: '/api/auth/session' });

    let body: unknown;
    const queries = await queriesDuring(app, async () => {
      body = (
        await world.request('professional', { method: 'GET', url: '/api/auth/session' })
      ).json();
    });

    expect(body).toMatchObject({ signedInThrough: null });
    // The session was read with its grants and whether single sign-on made it; then me.
    expect(queries).toHaveLength(2);
  });

  it("lets a team lead into their own team's routes without looking the team up", async () => {
    const settings = { method: 'PUT' as const, url: `/api/teams/${world.team}/board/settings` };
    await world.request('teamLead', { method: 'GET', url: '/api/auth/me' });
    await world.request('organisationAdmin', { method: 'GET', url: '/api/auth/me' });

    // A body the route refuses: checked after access, so only the access checks ask anything.
    let lead = 0;
    const asLead = await queriesDuring(app, async () => {
      lead = (await world.request('teamLead', { ...settings, payload: { agendaBy: 'x' } }))
        .statusCode;
    });
    let admin = 0;
    const asAdmin = await queriesDuring(app, async () => {
      admin = (await world.request('organisationAdmin', { ...settings, payload: {} })).statusCode;
    });

    expect(lead).toBe(400);
    expect(asLead).toHaveLength(1);
    // Not a member: whose team it is decides, which takes a second query.
    expect(admin).toBe(403);
    expect(asAdmin).toHaveLength(2);
  });
});
