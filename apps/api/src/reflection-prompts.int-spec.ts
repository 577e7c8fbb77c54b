import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { reflectionFactories } from '@leerruimte/api-reflection/testing';
import { type World, buildWorld, createTestHttpApp } from './test-world';

describe('answering reflection prompts', () => {
  let app: NestFastifyApplication;
  let world: World;
  let momentId: string;
  let occurrenceId: string;
  const query = (sql: string, params: unknown[] = []) => app.get(DataSource).query(sql, params);
  const answer = (person: 'professional' | 'otherTeamSameOrganisation', payload: object) =>
    world.request(person, {
      method: 'PUT',
      url: `/api/reflection/prompts/${occurrenceId}/answer`,
      payload,
    });
  const report = async () =>
    (
      await world.request('teamLead', {
        method: 'GET',
        url: `/api/teams/${world.team}/reflection-moments/${momentId}/occurrences`,
      })
    ).json();

  beforeAll(async () => {
    app = await createTestHttpApp();
  });

  beforeEach(async () => {
    world = await buildWorld(app);
    momentId = (
      await world.request('teamLead', {
        method: 'POST',
        url: `/api/teams/${world.team}/reflection-moments`,
        payload: {
          question: 'Wat leerde je vandaag van een collega?',
          schedule: { time: '15:00', startDate: '2099-01-05', recurrence: { kind: 'once' } },
        },
      })
    ).json().id;
    // What the worker does when the occurrence is due (tested in the reflection library).
    occurrenceId = await reflectionFactories(app.get(DataSource)).occurrence(
      momentId,
      [world.users.professional, world.users.teamLead],
      { question: 'Wat leerde je vandaag van een collega?' },
    );
  });

  afterAll(() => app.close());

  it('keeps an answer private by default; the lead sees the response rate, not the text', async () => {
    const prompts = (
      await world.request('professional', { method: 'GET', url: '/api/reflection/prompts' })
    ).json();
    expect(prompts).toEqual([
      expect.objectContaining({ occurrenceId, teamName: 'Noord', open: true, myAnswer: null }),
    ]);

    const saved = await answer('professional', { answer: 'Dat doorvragen loont.' });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().myAnswer).toMatchObject({ answer: 'Dat doorvragen loont.', shared: false });

    const [occurrence] = await report();
    expect(occurrence).toMatchObject({
      responseRate: 0.5,
      asked: [
        { name: 'Lars Lead', answered: false },
        { name: 'Priya Professional', answered: true },
      ],
      sharedAnswers: [],
    });
    expect(JSON.stringify(occurrence)).not.toContain('Dat doorvragen loont.');

    await answer('professional', { answer: 'Dat doorvragen loont.', shared: true });
    expect((await report())[0].sharedAnswers).toEqual([
      expect.objectContaining({ name: 'Priya Professional', answer: 'Dat doorvragen loont.' }),
    ]);
  });

  it('lets only those asked answer, only while open, and stops client data', async () => {
    expect((await answer('otherTeamSameOrganisation', { answer: 'Ik ook.' })).statusCode).toBe(404);
    const withBsn = await answer('professional', { answer: 'Mevrouw met BSN 111222333 belde.' });
    expect(withBsn.statusCode).toBe(422);
    expect(withBsn.json().fields[0]).toMatchObject({ field: 'answer', code: 'bsn' });

    await query(`UPDATE reflection_occurrence SET closes_at = now() - interval '1 minute'`);
    const late = await answer('professional', { answer: 'Te laat.' });
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('prompt_closed');
    expect(await query(`SELECT count(*)::int AS n FROM reflection_answer`)).toEqual([{ n: 0 }]);
  });

  it('gives a person a secret calendar link with their upcoming moments; a new link ends the old', async () => {
    const asPriya = (method: 'GET' | 'POST', url: string) =>
      world.request('professional', { method, url });
    const inTwoDays = DateTime.now().setZone('Europe/Amsterdam').plus({ days: 2 });
    await world.request('teamLead', {
      method: 'POST',
      url: `/api/teams/${world.team}/reflection-moments`,
      payload: {
        question: 'Welke vraag stelde je vandaag niet?',
        schedule: {
          time: '15:00',
          startDate: inTwoDays.toISODate(),
          recurrence: { kind: 'once' },
          workingDays: [1, 2, 3, 4, 5, 6, 7],
        },
      },
    });
    const expectedStart = inTwoDays
      .set({ hour: 15, minute: 0, second: 0, millisecond: 0 })
      .toUTC()
      .toFormat("yyyyMMdd'T'HHmmss'Z'");
    expect((await asPriya('GET', '/api/me/calendar-feed')).json()).toEqual({ exists: false });
    const { url } = (await asPriya('POST', '/api/me/calendar-feed')).json();
    expect(url).toMatch(/\/api\/reflection\/calendar\/[\w-]{43}\.ics$/);
    expect((await asPriya('GET', '/api/me/calendar-feed')).json()).toEqual({ exists: true });

    const path = new URL(url).pathname;
    const feed = await world.request('anonymous', { method: 'GET', url: path });
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toContain('text/calendar');
    expect(feed.body).toContain('BEGIN:VCALENDAR');
    // Only the coming weeks: the moment in two days, not the one in 2099.
    expect(feed.body).toContain(`DTSTART:${expectedStart}`);
    expect(feed.body.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(feed.body).toContain('SUMMARY:Reflectievraag (Noord)');

    const outsider = await world.request('otherTeamSameOrganisation', {
      method: 'POST',
      url: '/api/me/calendar-feed',
    });
    const outsiderFeed = await world.request('anonymous', {
      method: 'GET',
      url: new URL(outsider.json().url).pathname,
    });
    expect(outsiderFeed.body).not.toContain('VEVENT');

    await asPriya('POST', '/api/me/calendar-feed');
    expect((await world.request('anonymous', { method: 'GET', url: path })).statusCode).toBe(404);
  });
});

describe('the team-learning pulse', () => {
  let app: NestFastifyApplication;
  let world: World;
  let occurrenceId: string;
  const query = (sql: string, params: unknown[] = []) => app.get(DataSource).query(sql, params);
  const scores = { safety: 4, trying: 3, colleagues: 5, time: 2, followThrough: 3 };
  const pulse = (person: 'professional' | 'teamLead', payload: object) =>
    world.request(person, {
      method: 'PUT',
      url: `/api/reflection/prompts/${occurrenceId}/pulse`,
      payload,
    });

  beforeAll(async () => {
    app = await createTestHttpApp();
  });

  beforeEach(async () => {
    world = await buildWorld(app);
    const planned = await world.request('teamLead', {
      method: 'POST',
      url: `/api/teams/${world.team}/reflection-moments`,
      payload: {
        kind: 'pulse',
        schedule: { time: '15:00', startDate: '2099-01-05', recurrence: { kind: 'once' } },
      },
    });
    expect(planned.json()).toMatchObject({
      kind: 'pulse',
      question: expect.stringContaining('Teampuls'),
    });
    occurrenceId = await reflectionFactories(app.get(DataSource)).occurrence(
      planned.json().id,
      [world.users.professional, world.users.teamLead],
      { question: 'Teampuls' },
    );
  });

  afterAll(() => app.close());

  it('keeps the scores without the person, once per person', async () => {
    const answered = await pulse('professional', { scores });
    expect(answered.statusCode).toBe(200);
    expect(answered.json()).toMatchObject({ kind: 'pulse', myAnswer: { answer: '' } });
    expect((await pulse('professional', { scores })).statusCode).toBe(409);

    const stored: Array<Record<string, unknown>> = await query(`SELECT * FROM pulse_response`);
    expect(stored).toHaveLength(1);
    expect(Object.keys(stored[0]).sort()).toEqual(['id', 'occurrence_id', 'scores']);
    expect(stored[0].scores).toEqual(scores);
  });

  it('refuses scores out of range or missing, and words for a pulse, storing nothing', async () => {
    const outOfRange = await pulse('professional', { scores: { ...scores, time: 6 } });
    expect(outOfRange.statusCode).toBe(400);
    expect(outOfRange.json().fields[0].field).toBe('scores.time');
    const { trying: _missing, ...incomplete } = scores;
    expect((await pulse('professional', { scores: incomplete })).json().fields[0].field).toBe(
      'scores.trying',
    );
    const words = await world.request('professional', {
      method: 'PUT',
      url: `/api/reflection/prompts/${occurrenceId}/answer`,
      payload: { answer: 'Woorden bij een puls' },
    });
    expect(words.statusCode).toBe(409);
    expect(await query(`SELECT count(*)::int AS n FROM pulse_response`)).toEqual([{ n: 0 }]);
    expect(await query(`SELECT count(*)::int AS n FROM reflection_answer`)).toEqual([{ n: 0 }]);
  });
});
