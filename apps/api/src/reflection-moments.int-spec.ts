import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { boardFactories } from '@leerruimte/api-board/testing';
import { reflectionFactories } from '@leerruimte/api-reflection/testing';
import { ContentImporter, readContent } from '@leerruimte/api-learning';
import { type World, buildWorld, createTestHttpApp } from './test-world';

describe('planning reflection moments', () => {
  let app: NestFastifyApplication;
  let world: World;
  const query = (sql: string, params: unknown[] = []) => app.get(DataSource).query(sql, params);
  const asLead = (method: 'GET' | 'POST', url: string, payload?: object) =>
    world.request('teamLead', { method, url, ...(payload && { payload }) });
  const moments = () => `/api/teams/${world.team}/reflection-moments`;
  const weekly = {
    time: '15:00',
    startDate: '2099-03-23',
    recurrence: { kind: 'weekly', days: [1], intervalWeeks: 1 },
  };

  beforeAll(async () => {
    app = await createTestHttpApp();
  });

  beforeEach(async () => {
    world = await buildWorld(app);
    await app.get(ContentImporter).import(readContent('content'));
  });

  afterAll(() => app.close());

  it('plans a weekly moment from a card and shows its next five, in local time', async () => {
    const created = await asLead('POST', moments(), {
      cardSlug: 'de-bedoeling',
      schedule: weekly,
      reminderDays: [3, 1, 1],
    });

    expect(created.statusCode).toBe(201);
    const [card] = await query(`SELECT question FROM card WHERE slug = 'de-bedoeling'`);
    expect(created.json()).toMatchObject({
      question: card.question,
      cardSlug: 'de-bedoeling',
      wholeTeam: true,
      status: 'active',
      openDays: 3,
      reminderDays: [1, 3],
      createdBy: 'Lars Lead',
      schedule: { timeZone: 'Europe/Amsterdam', workingDays: [1, 2, 3, 4, 5] },
    });
    // 2099-03-29 is the change to summer time: 15:00 stays 15:00.
    expect(created.json().next.map((next: { deliverAt: string }) => next.deliverAt)).toEqual([
      '2099-03-23T14:00:00.000Z',
      '2099-03-30T13:00:00.000Z',
      '2099-04-06T13:00:00.000Z',
      '2099-04-13T13:00:00.000Z',
      '2099-04-20T13:00:00.000Z',
    ]);
    expect((await asLead('GET', moments())).json()).toHaveLength(1);
  });

  it('guards a typed question: a resident in it is refused until the lead confirms', async () => {
    const question = 'Wat leerde je van het gesprek met mevrouw Bakker-El Idrissi (82)?';
    const refused = await asLead('POST', moments(), { question, schedule: weekly });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'possible_client_data' });
    expect(refused.json().fields).toEqual([
      expect.objectContaining({ field: 'question', code: 'name' }),
    ]);
    expect(await query(`SELECT id FROM reflection_moment`)).toEqual([]);

    const confirmed = await asLead('POST', moments(), {
      question,
      schedule: weekly,
      confirmedNotClientData: true,
    });
    expect(confirmed.statusCode).toBe(201);
    const [stored] = await query(
      `SELECT privacy_findings, privacy_confirmed_at FROM reflection_moment`,
    );
    expect(stored.privacy_findings).toEqual(['name']);
    expect(stored.privacy_confirmed_at).not.toBeNull();
  });

  it('refuses an unknown card, someone outside the team and a schedule without future moments', async () => {
    const refused = await asLead('POST', moments(), {
      cardSlug: 'bestaat-niet',
      memberIds: [world.users.otherTeamSameOrganisation],
      schedule: { time: '15:00', startDate: '2020-01-06', recurrence: { kind: 'once' } },
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().fields.map((field: { field: string }) => field.field)).toEqual([
      'cardSlug',
      'memberIds.0',
      'schedule',
    ]);

    const backwards = await asLead('POST', moments(), {
      question: 'Wat leerde je deze week?',
      schedule: { ...weekly, endDate: '2099-03-01' },
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().fields[0].field).toBe('schedule.endDate');
    const noQuestion = await asLead('POST', moments(), { schedule: weekly });
    expect(noQuestion.json().fields[0].field).toBe('question');
    expect(await query(`SELECT count(*)::int AS n FROM reflection_moment`)).toEqual([{ n: 0 }]);
  });

  it("links a moment to an experiment of the team's board, not to another team's", async () => {
    const experiment = (teamId: string) =>
      boardFactories(app.get(DataSource)).experiment(teamId, {
        title: 'Eerst het netwerk',
        intendedEffect: 'Sneller',
        whatWeTry: 'Bellen',
      });
    const ours = await experiment(world.team);
    const [{ id: otherTeam }] = await query(`SELECT id FROM team WHERE name = 'Zuid'`);
    const theirs = await experiment(otherTeam);

    const linked = await asLead('POST', moments(), {
      question: 'Wat merk je van het experiment?',
      experimentId: ours,
      schedule: weekly,
    });
    expect(linked.json()).toMatchObject({
      experiment: { id: ours, title: 'Eerst het netwerk' },
      whyQuestion: null,
    });
    const refused = await asLead('POST', moments(), {
      question: 'Wat merk je van het experiment?',
      experimentId: theirs,
      whyQuestionId: '00000000-0000-4000-8000-000000000000',
      schedule: weekly,
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().fields.map((field: { field: string }) => field.field)).toEqual([
      'experimentId',
      'whyQuestionId',
    ]);
    expect(await query(`SELECT count(*)::int AS n FROM reflection_moment`)).toEqual([{ n: 1 }]);
  });

  it('pauses, resumes and ends a moment; an ended moment stays ended', async () => {
    const { id } = (
      await asLead('POST', moments(), { question: 'Wat leerde je deze week?', schedule: weekly })
    ).json();
    const change = (action: string) => asLead('POST', `${moments()}/${id}/${action}`);

    const paused = await change('pause');
    expect(paused.json()).toMatchObject({ status: 'paused', next: [] });
    expect((await change('pause')).statusCode).toBe(409);
    expect((await change('resume')).json().status).toBe('active');
    expect((await change('end')).json().status).toBe('ended');
    const afterEnd = await change('resume');
    expect(afterEnd.statusCode).toBe(409);
    expect(afterEnd.json().code).toBe('moment_status');
  });

  it('lists what was stored under other limits than a new plan keeps, such as a pulse every 13 weeks', async () => {
    await reflectionFactories(app.get(DataSource)).moment(world.team, {
      kind: 'pulse',
      status: 'ended',
      schedule: { recurrence: { kind: 'weekly', days: [2], intervalWeeks: 13 } },
    });

    const listed = await asLead('GET', moments());

    expect(listed.statusCode).toBe(200);
    expect(listed.json()).toMatchObject([
      { kind: 'pulse', schedule: { recurrence: { intervalWeeks: 13 } }, next: [] },
    ]);
  });
});
