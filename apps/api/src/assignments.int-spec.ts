import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { ContentImporter, readContent } from '@leerruimte/api-learning';
import { type World, buildWorld, createTestHttpApp } from './test-world';

describe('assigning modules to a team', () => {
  let app: NestFastifyApplication;
  let world: World;
  const query = (sql: string, params: unknown[] = []) => app.get(DataSource).query(sql, params);
  const asLead = (method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) =>
    world.request('teamLead', { method, url, ...(payload && { payload }) });
  const assignments = () => `/api/teams/${world.team}/assignments`;

  beforeAll(async () => {
    app = await createTestHttpApp();
  });

  beforeEach(async () => {
    world = await buildWorld(app);
    await app.get(ContentImporter).import(readContent('content'));
  });

  afterAll(() => app.close());

  it('assigns a module to the whole team; members see it, get a mail and their progress shows', async () => {
    const created = await asLead('POST', assignments(), {
      moduleSlug: 'bewust-leren',
      dueDate: '2099-12-31',
    });

    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      module: { slug: 'bewust-leren', title: 'Bewust leren' },
      dueDate: '2099-12-31',
      wholeTeam: true,
      assignedBy: 'Lars Lead',
    });
    expect(created.json().members.map((member: { name: string }) => member.name)).toEqual([
      'Lars Lead',
      'Priya Professional',
    ]);
    // The assigner gets no mail about their own assignment.
    expect(await query(`SELECT recipient, subject FROM outbox_message`)).toEqual([
      {
        recipient: 'priya.professional@test.test',
        subject: 'Nieuwe module voor je: Bewust leren',
      },
    ]);

    const asPriya = (method: 'GET' | 'POST', url: string, payload?: object) =>
      world.request('professional', { method, url, ...(payload && { payload }) });
    const notified = (await asPriya('GET', '/api/me/notifications')).json();
    expect(notified).toMatchObject({
      unread: 1,
      notifications: [
        {
          readAt: null,
          content: {
            kind: 'module_assigned',
            moduleSlug: 'bewust-leren',
            teamName: 'Noord',
            assignedBy: 'Lars Lead',
            dueDate: '2099-12-31',
          },
        },
      ],
    });
    expect(
      (await world.request('teamLead', { method: 'GET', url: '/api/me/notifications' })).json()
        .unread,
    ).toBe(0);
    // Someone else's ids change nothing; one's own are marked read.
    await world.request('teamLead', {
      method: 'POST',
      url: '/api/me/notifications/read',
      payload: { ids: [notified.notifications[0].id] },
    });
    expect((await asPriya('GET', '/api/me/notifications')).json().unread).toBe(1);
    expect((await asPriya('POST', '/api/me/notifications/read', {})).statusCode).toBe(204);
    expect((await asPriya('GET', '/api/me/notifications')).json().unread).toBe(0);

    const mine = (
      await world.request('professional', { method: 'GET', url: '/api/learning/me' })
    ).json();
    expect(mine.assigned).toEqual([
      expect.objectContaining({
        teamName: 'Noord',
        dueDate: '2099-12-31',
        assignedBy: 'Lars Lead',
      }),
    ]);

    const detail = (
      await world.request('professional', {
        method: 'GET',
        url: '/api/learning/modules/bewust-leren',
      })
    ).json();
    // The lesson's knowledge checks answered right, as completing it asks.
    await query(
      `INSERT INTO check_answer (user_id, lesson_id, block_id, option_index, correct, answered_at)
       SELECT $1, l.id, b->>'id', 0, true, now()
         FROM lesson l, jsonb_array_elements(l.blocks) b
        WHERE l.slug = $2 AND b->>'kind' = 'check'
          AND l.module_id = (SELECT id FROM learning_module WHERE slug = 'bewust-leren')`,
      [world.users.professional, detail.lessons[0].slug],
    );
    await world.request('professional', {
      method: 'POST',
      url: `/api/learning/modules/bewust-leren/lessons/${detail.lessons[0].slug}/time`,
      payload: { visitId: crypto.randomUUID() },
    });
    await world.request('professional', {
      method: 'POST',
      url: `/api/learning/modules/bewust-leren/lessons/${detail.lessons[0].slug}/complete`,
    });
    const listed = (await asLead('GET', assignments())).json();
    expect(listed[0].members).toContainEqual(
      expect.objectContaining({
        name: 'Priya Professional',
        progress: expect.objectContaining({ status: 'in_progress', completedLessons: 1 }),
      }),
    );
    expect(JSON.stringify(listed)).not.toContain('journal');

    const overview = (await asLead('GET', `/api/teams/${world.team}/learning-progress`)).json();
    expect(overview.members.map((member: { name: string }) => member.name)).toEqual([
      'Lars Lead',
      'Priya Professional',
    ]);
    const priya = overview.members[1];
    // One heartbeat: half a minute of reading, shown as a whole minute.
    expect(priya.minutesLearned).toBe(1);
    expect(priya.modules).toEqual([
      expect.objectContaining({
        slug: 'bewust-leren',
        progress: expect.objectContaining({ status: 'in_progress', completedLessons: 1 }),
      }),
    ]);
  });

  it('assigns to some members only, and withdraws', async () => {
    const created = (
      await asLead('POST', assignments(), {
        moduleSlug: 'leren-van-casuistiek',
        memberIds: [world.users.professional],
      })
    ).json();
    expect(created.wholeTeam).toBe(false);
    expect(created.members).toHaveLength(1);

    expect((await asLead('DELETE', `${assignments()}/${created.id}`)).statusCode).toBe(204);
    expect((await asLead('GET', assignments())).json()).toEqual([]);
    expect((await asLead('DELETE', `${assignments()}/${created.id}`)).statusCode).toBe(404);
  });

  it("lists the reminders sent about an assignment in the person's data export", async () => {
    const created = (
      await asLead('POST', assignments(), { moduleSlug: 'bewust-leren', dueDate: '2099-12-31' })
    ).json();
    // What the reminder job writes; no factory covers reminders.
    await query(
      `INSERT INTO assignment_reminder (assignment_id, user_id, due_date) VALUES ($1, $2, $3)`,
      [created.id, world.users.professional, '2099-12-31'],
    );

    const exported = (
      await world.request('professional', { method: 'GET', url: '/api/me/export' })
    ).json();

    expect(exported.learning.assignments).toEqual([
      expect.objectContaining({
        module: 'Bewust leren',
        dueDate: '2099-12-31',
        reminders: [{ dueDate: '2099-12-31', remindedAt: expect.any(String) }],
      }),
    ]);
  });

  it('refuses an unknown module, a date in the past and people outside the team', async () => {
    const refused = await asLead('POST', assignments(), {
      moduleSlug: 'bestaat-niet',
      dueDate: '2020-01-01',
      memberIds: [world.users.professional, world.users.otherTeamSameOrganisation],
    });

    expect(refused.statusCode).toBe(422);
    expect(refused.json().fields.map((field: { field: string }) => field.field)).toEqual([
      'moduleSlug',
      'dueDate',
      'memberIds.1',
    ]);
    expect(await query(`SELECT count(*)::int AS n FROM module_assignment`)).toEqual([{ n: 0 }]);
    expect(await query(`SELECT count(*)::int AS n FROM outbox_message`)).toEqual([{ n: 0 }]);
  });

  it('lets only the team lead assign: not a professional, another team or the organisation admin', async () => {
    for (const person of [
      'professional',
      'otherTeamSameOrganisation',
      'organisationAdmin',
    ] as const) {
      const response = await world.request(person, {
        method: 'POST',
        url: assignments(),
        payload: { moduleSlug: 'bewust-leren' },
      });
      expect(response.statusCode).toBe(403);
    }
    expect(await query(`SELECT count(*)::int AS n FROM module_assignment`)).toEqual([{ n: 0 }]);
  });
});
