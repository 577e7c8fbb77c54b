import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { identityFactories } from '@leerruimte/api-identity-data/testing';
import { ContentImporter, readContent } from '@leerruimte/api-learning';
import { reflectionFactories } from '@leerruimte/api-reflection/testing';
import {
  TrainingFollowUpQuestions,
  TrainingTemplates,
  readTrainingTemplates,
} from '@leerruimte/api-trainings';
import type {
  CheckInDisplay,
  Moment,
  PlanTrainingRequest,
  SessionRegister,
  TrainerGuide,
  Training,
  TrainingTemplate,
} from '@leerruimte/shared-contracts';
import { type World, buildWorld, createTestHttpApp } from './test-world';

const inDays = (days: number) =>
  DateTime.now().setZone('Europe/Amsterdam').plus({ days }).toISODate() as string;

const twoDays = (capacity = 12): PlanTrainingRequest => ({
  title: 'Sociale NetwerkStrategieën',
  description: 'Het netwerk als bron van steun.',
  trainers: ['Marieke de Boer (extern)'],
  accreditation: { register: 'registerplein', number: 'RP-2026-014', points: 12 },
  cancelHoursBefore: 48,
  sessions: [
    {
      date: inDays(10),
      startTime: '09:30',
      endTime: '16:30',
      breakMinutes: 30,
      place: 'Wijkcentrum De Linde',
      capacity,
    },
    { date: inDays(17), startTime: '09:30', endTime: '12:30', place: 'Online', capacity },
  ],
});

describe('trainings of a team', () => {
  let app: NestFastifyApplication;
  let world: World;
  const sql = () => app.get(DataSource);
  const as = (
    person: Parameters<World['request']>[0],
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    payload?: object,
  ) => world.request(person, { method, url, ...(payload && { payload }) });
  const plan = async (request = twoDays()) => {
    const response = await as('teamLead', 'POST', `/api/teams/${world.team}/trainings`, request);
    expect(response.statusCode).toBe(201);
    return response.json<Training>();
  };
  const session = (teamId: string, sessionId: string, rest = '') =>
    `/api/teams/${teamId}/training-sessions/${sessionId}${rest}`;
  /** Moves a session's start to the past, as if its day had come. */
  const begin = (sessionId: string) =>
    sql().query(
      `UPDATE training_session SET starts_at = now() - interval '4 hours',
              ends_at = now() - interval '1 hour', date = (now() AT TIME ZONE 'Europe/Amsterdam')::date
        WHERE id = $1`,
      [sessionId],
    );

  /** Moves a session to now: begun ten minutes ago, two hours to go. */
  const underway = (sessionId: string) =>
    sql().query(
      `UPDATE training_session SET starts_at = now() - interval '10 minutes',
              ends_at = now() + interval '2 hours', date = (now() AT TIME ZONE 'Europe/Amsterdam')::date
        WHERE id = $1`,
      [sessionId],
    );

  beforeAll(async () => {
    app = await createTestHttpApp();
  });

  beforeEach(async () => {
    world = await buildWorld(app);
  });

  afterAll(() => app.close());

  it('is planned by the lead with its sessions in Amsterdam time, and seen by the members', async () => {
    const planned = await plan();

    expect(planned.sessions).toHaveLength(2);
    expect(planned.sessions[0]).toMatchObject({
      startTime: '09:30',
      endTime: '16:30',
      netMinutes: 390,
      capacity: 12,
      booked: 0,
      mine: null,
    });
    const [stored] = await sql().query(
      `SELECT to_char(starts_at AT TIME ZONE 'Europe/Amsterdam', 'HH24:MI') AS local
         FROM training_session WHERE id = $1`,
      [planned.sessions[0].id],
    );
    expect(stored.local).toBe('09:30');
    const seen = await as('professional', 'GET', `/api/teams/${world.team}/trainings`);
    expect(seen.json<Training[]>().map((training) => training.title)).toEqual([
      'Sociale NetwerkStrategieën',
    ]);
    const refused = await as(
      'professional',
      'POST',
      `/api/teams/${world.team}/trainings`,
      twoDays(),
    );
    expect(refused.statusCode).toBe(403);
  });

  it('is planned by an organisation admin for several teams, each with its own places', async () => {
    const teamNamed = async (name: string) =>
      (
        (await sql().query(`SELECT id FROM team WHERE name = $1`, [name])) as Array<{ id: string }>
      )[0].id;
    const south = await teamNamed('Zuid');
    const url = `/api/organisations/${world.organisation}/trainings`;
    const forTeams = (teamIds: string[], training = twoDays(1)) => ({ teamIds, training });

    // Who does not manage the organisation cannot; a team outside it, or a bad plan, is refused.
    expect((await as('teamLead', 'POST', url, forTeams([world.team]))).statusCode).toBe(403);
    const foreign = (
      (await sql().query(`SELECT t.id FROM team t WHERE t.organisation_id <> $1`, [
        world.organisation,
      ])) as Array<{ id: string }>
    )[0].id;
    const refused = await as('organisationAdmin', 'POST', url, forTeams([world.team, foreign]));
    expect(refused.statusCode).toBe(400);
    expect(refused.json().fields).toEqual([
      expect.objectContaining({ field: 'teamIds.1', code: 'not_in_organisation' }),
    ]);
    const past = twoDays(1);
    past.sessions[0].date = inDays(-2);
    const badPlan = await as('organisationAdmin', 'POST', url, {
      ...forTeams([world.team], past),
      training: { ...past, trainerAccounts: [world.users.otherOrganisation] },
    });
    expect(badPlan.statusCode).toBe(400);
    expect(badPlan.json().fields.map((field: { field: string }) => field.field)).toEqual([
      'training.sessions.0.date',
      'training.trainerAccounts.0',
    ]);
    const twice = await as('organisationAdmin', 'POST', url, forTeams([world.team, world.team]));
    expect(twice.statusCode).toBe(400);
    expect(twice.json().fields.map((field: { field: string }) => field.field)).toEqual(['teamIds']);
    expect((await sql().query(`SELECT count(*)::int AS count FROM training`))[0].count).toBe(0);

    // A trainer from another team of the organisation may give it.
    const planned = await as('organisationAdmin', 'POST', url, {
      ...forTeams([world.team, south]),
      training: { ...twoDays(1), trainerAccounts: [world.users.otherTeamSameOrganisation] },
    });
    expect(planned.statusCode).toBe(201);
    expect(planned.json()).toMatchObject({
      title: 'Sociale NetwerkStrategieën',
      teams: [
        {
          teamName: 'Noord',
          sessions: [
            { booked: 0, capacity: 1 },
            { booked: 0, capacity: 1 },
          ],
        },
        {
          teamName: 'Zuid',
          sessions: [
            { booked: 0, capacity: 1 },
            { booked: 0, capacity: 1 },
          ],
        },
      ],
    });

    // Each team's member takes their own team's one place; neither waits for the other.
    const noord = (await as('professional', 'GET', `/api/teams/${world.team}/trainings`)).json<
      Training[]
    >();
    const zuid = (
      await as('otherTeamSameOrganisation', 'GET', `/api/teams/${south}/trainings`)
    ).json<Training[]>();
    expect([noord.length, zuid.length]).toEqual([1, 1]);
    expect(zuid[0].youTrain).toBe(true);
    await as('professional', 'POST', session(world.team, noord[0].sessions[0].id, '/enrolment'));
    await as(
      'otherTeamSameOrganisation',
      'POST',
      session(south, zuid[0].sessions[0].id, '/enrolment'),
    );
    const overview = await as('organisationAdmin', 'GET', url);
    expect(
      overview
        .json<
          Array<{ teams: Array<{ teamName: string; sessions: Array<{ booked: number }> }> }>
        >()[0]
        .teams.map((team) => [team.teamName, team.sessions[0].booked]),
    ).toEqual([
      ['Noord', 1],
      ['Zuid', 1],
    ]);
    // The lead of Noord runs Noord's register; the admin does not read registers.
    expect(
      (await as('teamLead', 'GET', session(world.team, noord[0].sessions[0].id, '/register')))
        .statusCode,
    ).toBe(200);
    expect(
      (
        await as(
          'organisationAdmin',
          'GET',
          session(world.team, noord[0].sessions[0].id, '/register'),
        )
      ).statusCode,
    ).toBe(403);
    expect((await as('professional', 'GET', url)).statusCode).toBe(403);
  });

  it('is planned from a template of the sources, whose trainer guides stay at hand per session', async () => {
    const content = readContent('content');
    await app.get(TrainingTemplates).import(readTrainingTemplates('content', content.modules));
    const templatesUrl = `/api/teams/${world.team}/training-templates`;

    const listed = await as('teamLead', 'GET', templatesUrl);
    expect(listed.statusCode).toBe(200);
    const sns = listed
      .json<TrainingTemplate[]>()
      .find((template) => template.slug === 'sociale-netwerkstrategieen');
    expect(sns).toMatchObject({
      title: 'Sociale NetwerkStrategieën',
      preparationModule: { slug: 'sociale-netwerkstrategieen' },
    });
    expect(sns?.sessions.map((session) => session.guide)).toEqual([
      'dag-1',
      'dag-2-en-3',
      'dag-2-en-3',
      'dag-4',
    ]);
    expect((await as('professional', 'GET', templatesUrl)).statusCode).toBe(403);

    const guide = await as(
      'teamLead',
      'GET',
      `${templatesUrl}/sociale-netwerkstrategieen/guides/dag-4`,
    );
    expect(guide.json<TrainerGuide>()).toMatchObject({
      templateTitle: 'Sociale NetwerkStrategieën',
      slug: 'dag-4',
      html: expect.stringContaining('<h2>Doel van deze bijeenkomst</h2>'),
    });
    expect(
      (await as('teamLead', 'GET', `${templatesUrl}/sociale-netwerkstrategieen/guides/dag-9`))
        .statusCode,
    ).toBe(404);
    expect(
      (await as('professional', 'GET', `${templatesUrl}/sociale-netwerkstrategieen/guides/dag-4`))
        .statusCode,
    ).toBe(403);

    const request = twoDays();
    request.templateSlug = 'sociale-netwerkstrategieen';
    request.sessions[0].guide = 'dag-1';
    request.sessions[1].guide = 'dag-2-en-3';
    request.trainerAccounts = [world.users.professional];
    const planned = await plan(request);
    expect(planned.templateSlug).toBe('sociale-netwerkstrategieen');
    expect(planned.preparationModule).toEqual({
      slug: 'sociale-netwerkstrategieen',
      title: 'Sociale NetwerkStrategieën',
    });
    expect(planned.sessions.map((session) => session.guide)).toEqual(['dag-1', 'dag-2-en-3']);
    // Who gives it reads its guides now, and only its own template's.
    const guideAs = async (templateSlug: string, guideSlug: string) =>
      (await as('professional', 'GET', `${templatesUrl}/${templateSlug}/guides/${guideSlug}`))
        .statusCode;
    expect(await guideAs('sociale-netwerkstrategieen', 'dag-4')).toBe(200);
    expect(await guideAs('hollen-of-stilstaan', 'ochtend')).toBe(403);

    // A guide of another template, a guide without a template, an unknown template: each named.
    const before = await sql().query(`SELECT count(*)::int AS count FROM training`);
    const wrongGuide = twoDays();
    wrongGuide.templateSlug = 'hollen-of-stilstaan';
    wrongGuide.sessions[1].guide = 'dag-4';
    const refused = await as('teamLead', 'POST', `/api/teams/${world.team}/trainings`, wrongGuide);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().fields).toEqual([
      expect.objectContaining({ field: 'sessions.1.guide', code: 'unknown_guide' }),
    ]);
    const noTemplate = twoDays();
    noTemplate.sessions[0].guide = 'dag-1';
    expect(
      (await as('teamLead', 'POST', `/api/teams/${world.team}/trainings`, noTemplate)).json()
        .fields,
    ).toEqual([expect.objectContaining({ field: 'sessions.0.guide', code: 'unknown_guide' })]);
    const unknown = twoDays();
    unknown.templateSlug = 'bestaat-niet';
    expect(
      (await as('teamLead', 'POST', `/api/teams/${world.team}/trainings`, unknown)).json().fields,
    ).toEqual([expect.objectContaining({ field: 'templateSlug', code: 'unknown_template' })]);
    expect(await sql().query(`SELECT count(*)::int AS count FROM training`)).toEqual(before);

    // Importing again changes nothing; a template that left content/ keeps its guides.
    await app.get(TrainingTemplates).import(readTrainingTemplates('content', content.modules));
    await app.get(TrainingTemplates).import([]);
    expect((await as('teamLead', 'GET', templatesUrl)).json()).toEqual([]);
    expect(
      (await as('teamLead', 'GET', `${templatesUrl}/sociale-netwerkstrategieen/guides/dag-1`))
        .statusCode,
    ).toBe(200);
  });

  it('lets a team member who gives the training keep its registers, and nothing more', async () => {
    const request = twoDays();
    request.trainers = ['Marieke de Boer (extern)'];
    request.trainerAccounts = [world.users.professional];
    const given = await plan(request);
    expect(given.trainers).toEqual(['Priya Professional', 'Marieke de Boer (extern)']);
    expect(given.youTrain).toBe(false);
    const [mine] = (await as('professional', 'GET', `/api/teams/${world.team}/trainings`)).json<
      Training[]
    >();
    expect(mine.youTrain).toBe(true);
    const other = await plan();
    const sessionId = given.sessions[0].id;

    expect(
      (await as('professional', 'GET', session(world.team, sessionId, '/register'))).statusCode,
    ).toBe(200);
    await underway(sessionId);
    const code = await as('professional', 'GET', session(world.team, sessionId, '/check-in-code'));
    expect(code.statusCode).toBe(200);
    expect(code.json<CheckInDisplay>().code).toMatch(/^\d{6}$/);
    expect(
      (await as('professional', 'GET', session(world.team, sessionId, '/evaluation'))).statusCode,
    ).toBe(200);
    await as('teamLead', 'POST', session(world.team, other.sessions[0].id, '/enrolments'), {
      userId: world.users.professional,
    });
    // What only the lead does, and another training's register, stay closed to the trainer.
    for (const [method, url, payload] of [
      ['PUT', session(world.team, sessionId, '/capacity'), { capacity: 20 }],
      ['POST', session(world.team, sessionId, '/call-off'), undefined],
      ['GET', session(world.team, other.sessions[0].id, '/register'), undefined],
      ['GET', session(world.team, other.sessions[0].id, '/check-in-code'), undefined],
    ] as const) {
      expect((await as('professional', method, url, payload)).statusCode).toBe(403);
    }
  });

  it("puts a person's enrolments with their history, and the trainings they give, in their data export", async () => {
    const request = twoDays();
    request.trainerAccounts = [world.users.teamLead];
    const planned = await plan(request);
    const [first] = planned.sessions;
    await as('professional', 'POST', session(world.team, first.id, '/enrolment'));
    await as('professional', 'DELETE', session(world.team, first.id, '/enrolment'));
    await as('teamLead', 'POST', session(world.team, first.id, '/enrolments'), {
      userId: world.users.professional,
    });

    const mine = (await as('professional', 'GET', '/api/me/export')).json().trainings;
    expect(mine.enrolments).toEqual([
      expect.objectContaining({
        training: 'Sociale NetwerkStrategieën',
        team: 'Noord',
        date: first.date,
        startTime: '09:30',
        state: 'booked',
        history: [
          expect.objectContaining({ state: 'booked', byYou: true }),
          expect.objectContaining({ state: 'cancelled', byYou: true }),
          expect.objectContaining({ state: 'booked', byYou: false }),
        ],
      }),
    ]);
    expect(mine.trainingsGiven).toEqual([]);
    const lead = (await as('teamLead', 'GET', '/api/me/export')).json().trainings;
    expect(lead).toEqual({
      enrolments: [],
      trainingsGiven: [{ training: 'Sociale NetwerkStrategieën', team: 'Noord' }],
    });
  });

  it('refuses trainers who are not in the team, twice the same, or none at all', async () => {
    const outsider = twoDays();
    outsider.trainerAccounts = [world.users.professional, world.users.otherTeamSameOrganisation];
    const refused = await as('teamLead', 'POST', `/api/teams/${world.team}/trainings`, outsider);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().fields).toEqual([
      expect.objectContaining({ field: 'trainerAccounts.1', code: 'not_in_team' }),
    ]);
    const twice = twoDays();
    twice.trainerAccounts = [world.users.professional, world.users.professional];
    expect(
      (await as('teamLead', 'POST', `/api/teams/${world.team}/trainings`, twice)).json().fields,
    ).toEqual([expect.objectContaining({ field: 'trainerAccounts' })]);
    const nobody = twoDays();
    nobody.trainers = [];
    const none = await as('teamLead', 'POST', `/api/teams/${world.team}/trainings`, nobody);
    expect(none.json().fields).toEqual([
      expect.objectContaining({
        field: 'trainers',
        message: expect.stringContaining('ten minste één trainer'),
      }),
    ]);
    const [{ count }] = await sql().query(`SELECT count(*)::int AS count FROM training`);
    expect(count).toBe(0);
  });

  it('refuses a plan with a clear error per field, and stores nothing of it', async () => {
    const bad = twoDays();
    bad.sessions = [
      // The last Sunday of March 2027: the clocks skip from 02:00 to 03:00.
      { date: '2027-03-28', startTime: '02:30', endTime: '04:00', place: 'Zaal', capacity: 5 },
      { date: inDays(-3), startTime: '10:00', endTime: '12:00', place: 'Zaal', capacity: 5 },
      { date: inDays(3), startTime: '12:00', endTime: '11:00', place: 'Zaal', capacity: 5 },
    ];

    const validation = await as('teamLead', 'POST', `/api/teams/${world.team}/trainings`, bad);
    expect(validation.statusCode).toBe(400);
    expect(validation.json().fields.map((field: { field: string }) => field.field)).toEqual([
      'sessions.2.endTime',
    ]);

    bad.sessions.pop();
    const response = await as('teamLead', 'POST', `/api/teams/${world.team}/trainings`, bad);
    expect(response.statusCode).toBe(400);
    expect(
      response
        .json()
        .fields.map((field: { field: string; code: string }) => [field.field, field.code]),
    ).toEqual([
      ['sessions.0.startTime', 'no_such_time'],
      ['sessions.1.date', 'in_the_past'],
    ]);
    const [{ count }] = await sql().query(`SELECT count(*)::int AS count FROM training`);
    expect(count).toBe(0);
  });

  it('gives 12 places to 50 parallel enrolments, keeps 38 waiting in order, and moves them up one by one', async () => {
    const planned = await plan(twoDays(12));
    const sessionId = planned.sessions[0].id;
    const identity = identityFactories(sql());
    const people: string[] = [];
    for (let index = 0; index < 50; index += 1) {
      const userId = await identity.person(`Deelnemer ${index + 1}`);
      await identity.member(userId, world.team);
      people.push(userId);
    }

    const answers = await Promise.all(
      people.map((userId) =>
        as('teamLead', 'POST', session(world.team, sessionId, '/enrolments'), { userId }),
      ),
    );

    expect(answers.map((answer) => answer.statusCode)).toEqual(people.map(() => 200));
    const register = async () =>
      (
        await as('teamLead', 'GET', session(world.team, sessionId, '/register'))
      ).json<SessionRegister>();
    let now = await register();
    expect(now.session).toMatchObject({ booked: 12, waiting: 38 });
    const waiting = now.participants.filter((participant) => participant.state === 'waiting');
    expect(waiting.map((participant) => participant.queuePlace)).toEqual(
      Array.from({ length: 38 }, (_, index) => index + 1),
    );
    const [firstInLine, secondInLine] = waiting;

    const booked = now.participants.find((participant) => participant.state === 'booked');
    const cancelled = await as(
      'teamLead',
      'DELETE',
      session(world.team, sessionId, `/enrolments/${booked?.userId}`),
    );
    expect(cancelled.statusCode).toBe(200);
    now = cancelled.json<SessionRegister>();
    expect(now.session).toMatchObject({ booked: 12, waiting: 37 });
    expect(now.participants.find((p) => p.userId === firstInLine.userId)?.state).toBe('booked');
    expect(now.participants.find((p) => p.userId === secondInLine.userId)?.queuePlace).toBe(1);

    const raised = await as('teamLead', 'PUT', session(world.team, sessionId, '/capacity'), {
      capacity: 13,
    });
    expect(raised.json<SessionRegister>().session).toMatchObject({ booked: 13, waiting: 36 });
    expect(
      raised.json<SessionRegister>().participants.find((p) => p.userId === secondInLine.userId)
        ?.state,
    ).toBe('booked');

    const lowered = await as('teamLead', 'PUT', session(world.team, sessionId, '/capacity'), {
      capacity: 5,
    });
    expect(lowered.statusCode).toBe(400);
    expect(lowered.json().fields[0]).toMatchObject({ field: 'capacity', code: 'below_booked' });
    const events = await sql().query(
      `SELECT ev.state, ev.by_id FROM training_enrolment_event ev
         JOIN training_enrolment e ON e.id = ev.enrolment_id
        WHERE e.user_id = $1 ORDER BY ev.at, ev.state DESC`,
      [firstInLine.userId],
    );
    expect(events).toEqual([
      { state: 'waiting', by_id: world.users.teamLead },
      { state: 'booked', by_id: null },
    ]);
  });

  it('sends an invitation with the booking, a cancellation with its end, and none while waiting', async () => {
    const planned = await plan(twoDays(1));
    const sessionId = planned.sessions[0].id;
    const enrol = (userId: string) =>
      as('teamLead', 'POST', session(world.team, sessionId, '/enrolments'), { userId });
    await enrol(world.users.professional);
    await enrol(world.users.teamLead);
    const calendars = async (userId: string) => {
      const rows: Array<{ subject: string; calendar: { method: string; content: string } }> =
        await sql().query(
          `SELECT m.subject, m.calendar FROM outbox_message m JOIN app_user u ON u.email = m.recipient
            WHERE u.id = $1 AND m.calendar IS NOT NULL ORDER BY m.created_at`,
          [userId],
        );
      return rows.map((row) => {
        const calendar = new ICAL.Component(ICAL.parse(row.calendar.content));
        const event = calendar.getFirstSubcomponent('vevent');
        return {
          subject: row.subject,
          method: calendar.getFirstPropertyValue('method'),
          uid: event?.getFirstPropertyValue('uid'),
          sequence: event?.getFirstPropertyValue('sequence'),
        };
      });
    };
    expect(await calendars(world.users.teamLead)).toEqual([]);
    const [invitation] = await calendars(world.users.professional);
    expect(invitation).toMatchObject({
      subject: 'Ingeschreven: Sociale NetwerkStrategieën',
      method: 'REQUEST',
      sequence: 0,
    });

    await as(
      'teamLead',
      'DELETE',
      session(world.team, sessionId, `/enrolments/${world.users.professional}`),
    );

    expect(await calendars(world.users.professional)).toEqual([
      invitation,
      {
        subject: 'Afgemeld: Sociale NetwerkStrategieën',
        method: 'CANCEL',
        uid: invitation.uid,
        sequence: 1,
      },
    ]);
    expect(await calendars(world.users.teamLead)).toEqual([
      expect.objectContaining({
        subject: 'Plek vrijgekomen: Sociale NetwerkStrategieën',
        method: 'REQUEST',
        sequence: 0,
      }),
    ]);
  });

  it('calls a session off: every place ends, who had it gets a cancellation, and it stays shut', async () => {
    const planned = await plan(twoDays(1));
    const [sessionId, laterId] = planned.sessions.map((one) => one.id);
    const enrol = (userId: string) =>
      as('teamLead', 'POST', session(world.team, sessionId, '/enrolments'), { userId });
    await enrol(world.users.professional);
    await enrol(world.users.teamLead);

    const calledOff = await as('teamLead', 'POST', session(world.team, sessionId, '/call-off'));

    expect(calledOff.statusCode).toBe(200);
    const register = calledOff.json<SessionRegister>();
    expect(register.session).toMatchObject({ calledOff: true, booked: 0, waiting: 0 });
    expect(register.participants).toEqual([]);
    const events: Array<{ state: string; by_id: string }> = await sql().query(
      `SELECT ev.state, ev.by_id FROM training_enrolment_event ev
         JOIN training_enrolment e ON e.id = ev.enrolment_id
        WHERE e.session_id = $1 AND ev.state = 'cancelled'`,
      [sessionId],
    );
    expect(events).toEqual([
      { state: 'cancelled', by_id: world.users.teamLead },
      { state: 'cancelled', by_id: world.users.teamLead },
    ]);
    const mails: Array<{
      recipient_id: string;
      subject: string;
      calendar: { content: string } | null;
    }> = await sql().query(
      `SELECT u.id AS recipient_id, m.subject, m.calendar
           FROM outbox_message m JOIN app_user u ON u.email = m.recipient
          WHERE m.subject LIKE 'Gaat niet door:%' ORDER BY u.id`,
    );
    const toProfessional = mails.find((mail) => mail.recipient_id === world.users.professional);
    const toLead = mails.find((mail) => mail.recipient_id === world.users.teamLead);
    expect(mails).toHaveLength(2);
    // The one who had a place: the same appointment, cancelled (a higher SEQUENCE).
    const cancel = new ICAL.Component(ICAL.parse(toProfessional?.calendar?.content ?? ''));
    const event = cancel.getFirstSubcomponent('vevent');
    expect(cancel.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(event?.getFirstPropertyValue('uid')).toBe(
      `training-session-${sessionId}-${world.users.professional}@localhost`,
    );
    expect(event?.getFirstPropertyValue('sequence')).toBe(1);
    // The one who only waited never had it in their calendar.
    expect(toLead?.calendar).toBeNull();

    for (const [method, rest, payload] of [
      ['POST', '/enrolment', undefined],
      ['PUT', '/capacity', { capacity: 20 }],
      ['PUT', '/attendance', { entries: [{ userId: world.users.professional, mark: 'present' }] }],
      ['POST', '/call-off', undefined],
    ] as const) {
      const refused = await as(
        method === 'POST' && rest === '/enrolment' ? 'professional' : 'teamLead',
        method,
        session(world.team, sessionId, rest),
        payload,
      );
      expect(refused.statusCode).toBe(409);
      expect(refused.json().code).toBe('session_called_off');
    }
    const seen = await as(
      'professional',
      'GET',
      `/api/teams/${world.team}/trainings/${planned.id}`,
    );
    expect(seen.json<Training>().sessions.map((one) => one.calledOff)).toEqual([true, false]);

    await begin(laterId);
    const started = await as('teamLead', 'POST', session(world.team, laterId, '/call-off'));
    expect(started.statusCode).toBe(409);
    expect(started.json().code).toBe('session_started');
  });

  it('puts a session in the calendar feed of who has a place or waits, with the invitation UID', async () => {
    const planned = await plan(twoDays(1));
    const sessionId = planned.sessions[0].id;
    const enrol = (userId: string) =>
      as('teamLead', 'POST', session(world.team, sessionId, '/enrolments'), { userId });
    await enrol(world.users.professional);
    await enrol(world.users.teamLead);
    const feedOf = async (person: 'professional' | 'teamLead') => {
      const { url } = (await as(person, 'POST', '/api/me/calendar-feed')).json<{ url: string }>();
      const feed = await world.request('anonymous', { method: 'GET', url: new URL(url).pathname });
      expect(feed.statusCode).toBe(200);
      return new ICAL.Component(ICAL.parse(feed.body))
        .getAllSubcomponents('vevent')
        .filter((event) => String(event.getFirstPropertyValue('summary')).startsWith('Training'));
    };

    const [booked] = await feedOf('professional');
    expect(booked.getFirstPropertyValue('uid')).toBe(
      `training-session-${sessionId}-${world.users.professional}@localhost`,
    );
    expect(booked.getFirstPropertyValue('summary')).toBe('Training: Sociale NetwerkStrategieën');
    expect(booked.getFirstPropertyValue('location')).toBe('Wijkcentrum De Linde');
    expect(String(booked.getFirstPropertyValue('duration'))).toBe('PT420M');
    const waiting = await feedOf('teamLead');
    expect(waiting.map((event) => event.getFirstPropertyValue('summary'))).toEqual([
      'Training (wachtlijst): Sociale NetwerkStrategieën',
    ]);

    await as('teamLead', 'POST', session(world.team, sessionId, '/call-off'));
    expect(await feedOf('professional')).toEqual([]);
  });

  it('moves a session: an updated invitation to who has a place, and a fresh reminder', async () => {
    const planned = await plan(twoDays(2));
    const sessionId = planned.sessions[0].id;
    await as('professional', 'POST', session(world.team, sessionId, '/enrolment'));
    await sql().query(`UPDATE training_enrolment SET reminded_at = now() WHERE session_id = $1`, [
      sessionId,
    ]);

    const moved = await as('teamLead', 'PUT', session(world.team, sessionId), {
      date: inDays(12),
      startTime: '13:00',
      endTime: '16:30',
      breakMinutes: 15,
      place: 'Stadskantoor, kamer 4.12',
    });

    expect(moved.statusCode).toBe(200);
    expect(moved.json<SessionRegister>().session).toMatchObject({
      date: inDays(12),
      startTime: '13:00',
      netMinutes: 195,
      place: 'Stadskantoor, kamer 4.12',
    });
    const mails: Array<{ subject: string; calendar: { content: string } }> = await sql().query(
      `SELECT subject, calendar FROM outbox_message WHERE calendar IS NOT NULL ORDER BY created_at`,
    );
    expect(mails.map((mail) => mail.subject)).toEqual([
      'Ingeschreven: Sociale NetwerkStrategieën',
      'Gewijzigd: Sociale NetwerkStrategieën',
    ]);
    const [first, second] = mails.map((mail) =>
      new ICAL.Component(ICAL.parse(mail.calendar.content)).getFirstSubcomponent('vevent'),
    );
    expect(second?.getFirstPropertyValue('uid')).toBe(first?.getFirstPropertyValue('uid'));
    expect(second?.getFirstPropertyValue('sequence')).toBe(1);
    expect(second?.getFirstPropertyValue('location')).toBe('Stadskantoor, kamer 4.12');
    const [{ reminded_at }] = await sql().query(
      `SELECT reminded_at FROM training_enrolment WHERE session_id = $1`,
      [sessionId],
    );
    expect(reminded_at).toBeNull();

    const refused = await as('teamLead', 'PUT', session(world.team, sessionId), {
      date: '2027-03-28',
      startTime: '02:15',
      endTime: '04:00',
      place: 'Zaal',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().fields[0]).toMatchObject({ field: 'startTime', code: 'no_such_time' });
  });

  it('starts a booking afresh when someone enrols again after cancelling: a new reminder', async () => {
    const planned = await plan();
    const enrolment = session(world.team, planned.sessions[0].id, '/enrolment');
    await as('professional', 'POST', enrolment);
    await sql().query(`UPDATE training_enrolment SET reminded_at = now()`);
    await as('professional', 'DELETE', enrolment);

    const again = await as('professional', 'POST', enrolment);

    expect(again.json<Training>().sessions[0].mine?.state).toBe('booked');
    const [{ reminded_at }] = await sql().query(`SELECT reminded_at FROM training_enrolment`);
    expect(reminded_at).toBeNull();
  });

  it('stops moving the queue at the cancel deadline; the lead then gives a freed place by hand', async () => {
    const planned = await plan(twoDays(1));
    const sessionId = planned.sessions[0].id;
    const states = async () =>
      Object.fromEntries(
        (await as('teamLead', 'GET', session(world.team, sessionId, '/register')))
          .json<SessionRegister>()
          .participants.map((participant) => [participant.name, participant.state]),
      );
    await as('professional', 'POST', session(world.team, sessionId, '/enrolment'));
    await as('teamLead', 'POST', session(world.team, sessionId, '/enrolment'));
    expect(await states()).toEqual({ 'Priya Professional': 'booked', 'Lars Lead': 'waiting' });
    // Before the deadline the queue is first come, first served, also for the lead.
    await as('teamLead', 'POST', session(world.team, sessionId, '/enrolments'), {
      userId: world.users.teamLead,
    });
    expect((await states())['Lars Lead']).toBe('waiting');

    // A day before the start, within the training's 48 hours: nobody moves up by themselves.
    await sql().query(
      `UPDATE training_session SET starts_at = now() + interval '24 hours',
              ends_at = now() + interval '27 hours' WHERE id = $1`,
      [sessionId],
    );
    const cancelled = await as(
      'teamLead',
      'DELETE',
      session(world.team, sessionId, `/enrolments/${world.users.professional}`),
    );
    expect(cancelled.statusCode).toBeLessThan(300);
    expect(await states()).toEqual({ 'Lars Lead': 'waiting' });
    const view = (
      await as('teamLead', 'GET', session(world.team, sessionId, '/register'))
    ).json<SessionRegister>().session;
    expect(new Date(view.waitingListMovesUntil).getTime()).toBeLessThan(Date.now());
    expect(view.booked).toBe(0);

    const given = await as('teamLead', 'POST', session(world.team, sessionId, '/enrolments'), {
      userId: world.users.teamLead,
    });
    expect(given.statusCode).toBe(200);
    expect((await states())['Lars Lead']).toBe('booked');
    const [{ booked }] = await sql().query(`SELECT booked FROM training_session WHERE id = $1`, [
      sessionId,
    ]);
    expect(booked).toBe(1);
  });

  it("makes a member's enrolment a request where the training asks approval; the lead approves or declines", async () => {
    const request = twoDays(1);
    request.requiresApproval = true;
    const planned = await plan(request);
    const sessionId = planned.sessions[0].id;
    const register = async () =>
      (
        await as('teamLead', 'GET', session(world.team, sessionId, '/register'))
      ).json<SessionRegister>();
    const mailsTo = (person: 'professional' | 'teamLead') =>
      sql().query(
        `SELECT m.subject FROM outbox_message m JOIN app_user u ON u.email = m.recipient
          WHERE u.id = $1 ORDER BY m.created_at`,
        [world.users[person]],
      );
    const before = await mailsTo('professional');

    const asked = await as('professional', 'POST', session(world.team, sessionId, '/enrolment'));
    expect(asked.statusCode).toBe(200);
    expect(asked.json<Training>().sessions[0]).toMatchObject({
      booked: 0,
      mine: { state: 'requested', queuePlace: null },
    });
    // Asking again changes nothing; no invitation while it is a request.
    await as('professional', 'POST', session(world.team, sessionId, '/enrolment'));
    expect((await register()).participants).toEqual([
      expect.objectContaining({ name: 'Priya Professional', state: 'requested' }),
    ]);
    expect(await mailsTo('professional')).toEqual(before);
    // The lead is told once, in the app and by mail, with a link to the session's register.
    const news = await as('teamLead', 'GET', '/api/me/notifications');
    expect(
      news
        .json<{ notifications: Array<{ content: { kind: string } }> }>()
        .notifications.filter((notification) => notification.content.kind === 'training_requested'),
    ).toEqual([
      expect.objectContaining({
        content: expect.objectContaining({
          sessionId,
          trainingTitle: 'Sociale NetwerkStrategieën',
          requestedBy: 'Priya Professional',
        }),
      }),
    ]);
    expect(await mailsTo('teamLead')).toEqual([
      { subject: expect.stringContaining('Priya Professional') },
    ]);

    // The lead approves by enrolling: a free place books at once, with its invitation.
    await as('teamLead', 'POST', session(world.team, sessionId, '/enrolments'), {
      userId: world.users.professional,
    });
    const approved = await register();
    expect(approved.session.booked).toBe(1);
    expect(approved.participants[0].state).toBe('booked');
    expect((await mailsTo('professional')).length).toBeGreaterThan(before.length);

    // A request on the second day, declined by the lead.
    const second = planned.sessions[1].id;
    await as('professional', 'POST', session(world.team, second, '/enrolment'));
    const declined = await as(
      'teamLead',
      'DELETE',
      session(world.team, second, `/enrolments/${world.users.professional}`),
    );
    expect(declined.statusCode).toBeLessThan(300);
    const [{ state }] = await sql().query(
      `SELECT state FROM training_enrolment WHERE session_id = $1 AND user_id = $2`,
      [second, world.users.professional],
    );
    expect(state).toBe('cancelled');
  });

  it('lets only the lead enrol members where the training says so', async () => {
    const planned = await plan({ ...twoDays(), selfEnrolment: false });
    const sessionId = planned.sessions[0].id;
    expect(planned.selfEnrolment).toBe(false);

    const self = await as('professional', 'POST', session(world.team, sessionId, '/enrolment'));
    expect(self.statusCode).toBe(409);
    expect(self.json().code).toBe('enrolled_by_lead');
    const byLead = await as('teamLead', 'POST', session(world.team, sessionId, '/enrolments'), {
      userId: world.users.professional,
    });
    expect(byLead.statusCode).toBe(200);
    const seen = await as(
      'professional',
      'GET',
      `/api/teams/${world.team}/trainings/${planned.id}`,
    );
    expect(seen.json<Training>().sessions[0].mine?.state).toBe('booked');
    // Cancelling stays theirs, until the deadline.
    const cancelled = await as(
      'professional',
      'DELETE',
      session(world.team, sessionId, '/enrolment'),
    );
    expect(cancelled.statusCode).toBe(200);
  });

  it('lets a member enrol, shows their place in the queue, and cancel until the deadline', async () => {
    const planned = await plan(twoDays(1));
    const [first] = planned.sessions;
    await as('teamLead', 'POST', session(world.team, first.id, '/enrolments'), {
      userId: world.users.teamLead,
    });

    const enrolled = await as('professional', 'POST', session(world.team, first.id, '/enrolment'));
    expect(enrolled.statusCode).toBe(200);
    expect(enrolled.json<Training>().sessions[0].mine).toMatchObject({
      state: 'waiting',
      queuePlace: 1,
    });
    const again = await as('professional', 'POST', session(world.team, first.id, '/enrolment'));
    expect(again.json<Training>().sessions[0].waiting).toBe(1);

    const left = await as('professional', 'DELETE', session(world.team, first.id, '/enrolment'));
    expect(left.json<Training>().sessions[0].mine?.state).toBe('cancelled');
    const notThere = await as(
      'professional',
      'DELETE',
      session(world.team, first.id, '/enrolment'),
    );
    expect(notThere.statusCode).toBe(409);

    // The lead's place, a day before the start: past the 48 hours.
    await sql().query(
      `UPDATE training_session SET starts_at = now() + interval '1 day' WHERE id = $1`,
      [first.id],
    );
    const late = await as('teamLead', 'DELETE', session(world.team, first.id, '/enrolment'));
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('cancel_deadline_passed');
  });

  it('lets who attended evaluate once and anonymously; the lead sees averages only from 5 answers', async () => {
    const planned = await plan();
    const [first, second] = planned.sessions;
    for (const person of ['professional', 'teamLead'] as const) {
      await as(person, 'POST', session(world.team, first.id, '/enrolment'));
    }
    await as('professional', 'POST', session(world.team, second.id, '/enrolment'));
    await begin(first.id);
    await as('teamLead', 'PUT', session(world.team, first.id, '/attendance'), {
      entries: [
        { userId: world.users.professional, mark: 'present' },
        { userId: world.users.teamLead, mark: 'partly', minutes: 120 },
      ],
    });
    const scores = { applicable: 4, practice: 5, fit: 3, recommend: 4 };
    const evaluate = (person: 'professional' | 'teamLead', sessionId: string, body: object) =>
      as(person, 'POST', session(world.team, sessionId, '/evaluation'), body);

    const notYet = await evaluate('professional', second.id, { scores });
    expect(notYet.statusCode).toBe(409);
    expect(notYet.json().code).toBe('not_attended');
    const bad = await evaluate('professional', first.id, {
      scores: { ...scores, applicable: 6, recommend: undefined },
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .fields.map((field: { field: string }) => field.field)
        .sort(),
    ).toEqual(['scores.applicable', 'scores.recommend']);

    const done = await evaluate('professional', first.id, { scores });
    expect(done.statusCode).toBe(200);
    expect(done.json<Training>().sessions[0].mine?.evaluated).toBe(true);
    const again = await evaluate('professional', first.id, { scores });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('evaluated');
    expect(
      (await evaluate('teamLead', first.id, { scores: { ...scores, fit: 5 } })).statusCode,
    ).toBe(200);

    // The scores are stored without anyone's name, id or time.
    const columns: Array<{ column_name: string }> = await sql().query(
      `SELECT column_name FROM information_schema.columns
        WHERE table_name = 'training_evaluation' ORDER BY column_name`,
    );
    expect(columns.map((column) => column.column_name)).toEqual(['id', 'scores', 'session_id']);
    const results = () => as('teamLead', 'GET', session(world.team, first.id, '/evaluation'));
    expect((await results()).json()).toEqual({ answers: 2, minimum: 5, averages: null });

    // Three more participants' answers, as other colleagues would have given them.
    for (const fit of [1, 2, 4]) {
      await sql().query(`INSERT INTO training_evaluation (session_id, scores) VALUES ($1, $2)`, [
        first.id,
        { ...scores, fit },
      ]);
    }
    expect((await results()).json()).toEqual({
      answers: 5,
      minimum: 5,
      averages: { applicable: 4, practice: 5, fit: 3, recommend: 4 },
    });
  });

  it('turns attendance into hours in the leerverslag, once, with the accreditation number', async () => {
    const planned = await plan();
    const [first, second] = planned.sessions;
    for (const sessionId of [first.id, second.id]) {
      await as('professional', 'POST', session(world.team, sessionId, '/enrolment'));
    }
    const early = await as('teamLead', 'PUT', session(world.team, first.id, '/attendance'), {
      entries: [{ userId: world.users.professional, mark: 'present' }],
    });
    expect(early.statusCode).toBe(409);

    await begin(first.id);
    await begin(second.id);
    const mark = (sessionId: string, entries: object[]) =>
      as('teamLead', 'PUT', session(world.team, sessionId, '/attendance'), { entries });
    const tooLong = await mark(second.id, [
      { userId: world.users.professional, mark: 'partly', minutes: 200 },
      { userId: world.users.teamLead, mark: 'present' },
    ]);
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().fields.map((field: { field: string }) => field.field)).toEqual([
      'entries.0.minutes',
      'entries.1.userId',
    ]);
    expect(
      (await mark(first.id, [{ userId: world.users.professional, mark: 'present' }])).statusCode,
    ).toBe(200);
    // Registered twice: corrected, never counted twice.
    await mark(first.id, [{ userId: world.users.professional, mark: 'present' }]);
    await mark(second.id, [{ userId: world.users.professional, mark: 'partly', minutes: 150 }]);

    const today = inDays(0);
    const csv = await as(
      'professional',
      'GET',
      `/api/learning/me/leerverslag?from=${inDays(-30)}&to=${today}&format=csv`,
    );
    expect(csv.statusCode).toBe(200);
    const lines = csv.body
      .split('\n')
      .filter((line) => line.includes('Sociale NetwerkStrategieën'));
    expect(lines).toHaveLength(2);
    expect(lines.every((line) => line.includes('RP-2026-014'))).toBe(true);
    // Net minutes per session; the training's points once, on its last session.
    expect(lines.filter((line) => line.includes(';"390";"";'))).toHaveLength(1);
    expect(lines.filter((line) => line.includes(';"150";"12";'))).toHaveLength(1);
  });

  it('asks who attended the follow-up question once every register is settled, as a moment about the training', async () => {
    await app.get(ContentImporter).import(readContent('content'));
    const withFollowUp = {
      ...twoDays(),
      preparationModuleSlug: 'leren-van-experimenten',
      followUpModuleSlug: 'de-volgende-stap',
      followUp: { question: 'Wat heb je sinds de training anders gedaan?', daysAfter: 7 },
    };
    const planned = await plan(withFollowUp);
    expect(planned.followUpModule).toEqual({ slug: 'de-volgende-stap', title: 'De volgende stap' });
    expect(planned.preparationModule).toEqual({
      slug: 'leren-van-experimenten',
      title: expect.any(String),
    });
    expect(planned.followUp).toEqual({
      question: 'Wat heb je sinds de training anders gedaan?',
      daysAfter: 7,
      date: inDays(24),
    });
    const [first, second] = planned.sessions;
    for (const sessionId of [first.id, second.id]) {
      await as('professional', 'POST', session(world.team, sessionId, '/enrolment'));
      await as('teamLead', 'POST', session(world.team, sessionId, '/enrolments'), {
        userId: world.users.teamLead,
      });
    }
    const followUps = app.get(TrainingFollowUpQuestions);
    expect(await followUps.due(new Date())).toEqual([]);

    await begin(first.id);
    await begin(second.id);
    await as('teamLead', 'PUT', session(world.team, first.id, '/attendance'), {
      entries: [
        { userId: world.users.professional, mark: 'present' },
        { userId: world.users.teamLead, mark: 'absent' },
      ],
    });
    // Over, but its register is not settled until a day after the session.
    expect(await followUps.due(new Date())).toEqual([]);

    await sql().query(
      `UPDATE training_session SET starts_at = starts_at - interval '3 days',
              ends_at = ends_at - interval '3 days', date = date - 3
        WHERE training_id = $1`,
      [planned.id],
    );
    const [due] = await followUps.due(new Date());
    expect(due).toEqual({
      trainingId: planned.id,
      teamId: world.team,
      plannedById: world.users.teamLead,
      question: 'Wat heb je sinds de training anders gedaan?',
      privacyFindings: null,
      privacyConfirmedAt: null,
      // Only who attended; the lead was absent (and unmarked on the second day).
      memberIds: [world.users.professional],
      date: inDays(4),
    });

    // Reflection plans it as a moment about the training; the lead sees it with its title.
    await reflectionFactories(sql()).moment(world.team, {
      trainingId: planned.id,
      question: due.question,
      memberIds: due.memberIds,
    });
    const moments = await as('teamLead', 'GET', `/api/teams/${world.team}/reflection-moments`);
    expect(moments.json<Moment[]>()[0]).toMatchObject({
      training: { id: planned.id, title: 'Sociale NetwerkStrategieën' },
      wholeTeam: false,
      memberIds: [world.users.professional],
    });

    // A week after its day, nobody is asked any more.
    await sql()
      .query(`UPDATE training SET follow_up_days = 1 WHERE id = $1`, [planned.id])
      .then(
        () => {
          throw new Error('the follow-up comes at least two days after the last session');
        },
        (error: Error) => expect(error.message).toMatch(/CHK_training_follow_up/),
      );
    await sql().query(
      `UPDATE training_session SET date = date - 20, starts_at = starts_at - interval '20 days',
              ends_at = ends_at - interval '20 days' WHERE training_id = $1`,
      [planned.id],
    );
    expect(await followUps.due(new Date())).toEqual([]);
  });

  it('refuses a follow-up or preparation that cannot be, and guards the question for client data', async () => {
    const refused = await as('teamLead', 'POST', `/api/teams/${world.team}/trainings`, {
      ...twoDays(),
      preparationModuleSlug: 'bestaat-niet',
      followUp: { question: 'Wat?', daysAfter: 1 },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().fields.map((field: { field: string }) => field.field)).toEqual([
      'followUp.question',
      'followUp.daysAfter',
    ]);
    const unknownModule = await as('teamLead', 'POST', `/api/teams/${world.team}/trainings`, {
      ...twoDays(),
      preparationModuleSlug: 'bestaat-niet',
      followUpModuleSlug: 'bestaat-ook-niet',
    });
    expect(unknownModule.statusCode).toBe(400);
    expect(unknownModule.json().fields).toEqual([
      expect.objectContaining({ field: 'preparationModuleSlug', code: 'unknown_module' }),
      expect.objectContaining({ field: 'followUpModuleSlug', code: 'unknown_module' }),
    ]);

    const clientData = {
      ...twoDays(),
      followUp: {
        question: 'Hoe gaat het nu met mevrouw Jansen van de Lindelaan 12?',
        daysAfter: 5,
      },
    };
    const guarded = await as('teamLead', 'POST', `/api/teams/${world.team}/trainings`, clientData);
    expect(guarded.statusCode).toBe(422);
    expect(guarded.json().code).toBe('possible_client_data');
    expect(new Set(guarded.json().fields.map((field: { field: string }) => field.field))).toEqual(
      new Set(['followUp.question']),
    );
    const [{ count }] = await sql().query(`SELECT count(*)::int AS count FROM training`);
    expect(count).toBe(0);

    const confirmed = await plan({ ...clientData, confirmedNotClientData: true });
    const [stored] = await sql().query(
      `SELECT follow_up_privacy_findings AS findings, follow_up_privacy_confirmed_at AS confirmed
         FROM training WHERE id = $1`,
      [confirmed.id],
    );
    expect(stored.findings.length).toBeGreaterThan(0);
    expect(stored.confirmed).toBeInstanceOf(Date);
  });

  it('checks a participant in with the code shown in the room, only during the session, once', async () => {
    const [first, second] = (await plan()).sessions;
    for (const sessionId of [first.id, second.id]) {
      await as('professional', 'POST', session(world.team, sessionId, '/enrolment'));
    }
    const showCode = (sessionId: string) =>
      as('teamLead', 'GET', session(world.team, sessionId, '/check-in-code'));
    const checkIn = (sessionId: string, code: string) =>
      as('professional', 'POST', session(world.team, sessionId, '/check-in'), { code });

    const early = await showCode(first.id);
    expect([early.statusCode, early.json().code]).toEqual([409, 'check_in_closed']);
    await underway(first.id);
    await underway(second.id);
    expect(
      (await as('professional', 'GET', session(world.team, first.id, '/check-in-code'))).statusCode,
    ).toBe(403);
    const display = (await showCode(first.id)).json<CheckInDisplay>();
    expect(display.code).toMatch(/^\d{6}$/);
    expect(display.link).toContain(`/trainingen/inchecken/${first.id}?code=`);
    expect(display.qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
    const otherSessionCode = (await showCode(second.id)).json<CheckInDisplay>().code;

    const wrong = await checkIn(
      first.id,
      otherSessionCode === display.code ? '000000' : otherSessionCode,
    );
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().fields).toEqual([
      expect.objectContaining({ field: 'code', code: 'wrong_check_in_code' }),
    ]);
    const lead = await as('teamLead', 'POST', session(world.team, first.id, '/check-in'), {
      code: display.code,
    });
    expect([lead.statusCode, lead.json().code]).toEqual([409, 'not_booked']);

    const token = new URL(display.link).searchParams.get('code') as string;
    for (const code of [`${display.code.slice(0, 3)} ${display.code.slice(3)}`, token]) {
      const done = await checkIn(first.id, code);
      expect(done.statusCode).toBe(200);
      expect(done.json<Training>().sessions[0].mine).toMatchObject({
        state: 'attended',
        attendedMinutes: 390,
        checkedIn: true,
      });
    }
    const register = await as('teamLead', 'GET', session(world.team, first.id, '/register'));
    expect(register.json<SessionRegister>().participants[0]).toMatchObject({
      userId: world.users.professional,
      state: 'attended',
      checkedInAt: expect.any(String),
    });
    const [{ events, audited }] = await sql().query(
      `SELECT (SELECT count(*)::int FROM training_enrolment_event
                WHERE state = 'attended' AND by_id = $1) AS events,
              (SELECT count(*)::int FROM audit_entry
                WHERE action = 'training.checked_in' AND actor_id = $1 AND ip IS NOT NULL) AS audited`,
      [world.users.professional],
    );
    expect({ events, audited }).toEqual({ events: 1, audited: 1 });

    await begin(first.id);
    const late = await checkIn(first.id, display.code);
    expect([late.statusCode, late.json().code]).toEqual([409, 'check_in_closed']);

    // Guessing: five wrong codes, then even the right one waits.
    const { code: rightCode } = (await showCode(second.id)).json<CheckInDisplay>();
    const guesses = ['111111', '222222', '333333', '444444', '555555'].filter(
      (code) => code !== rightCode,
    );
    for (const guess of guesses.slice(0, 5)) await checkIn(second.id, guess);
    const limited = await checkIn(second.id, rightCode);
    expect(limited.statusCode).toBe(429);
  });

  it('closes a register once everyone with a place is marked; after that attendance stays as it is', async () => {
    const [first] = (await plan()).sessions;
    await as('professional', 'POST', session(world.team, first.id, '/enrolment'));
    const lock = () => as('teamLead', 'POST', session(world.team, first.id, '/register/lock'));
    const mark = (entry: object) =>
      as('teamLead', 'PUT', session(world.team, first.id, '/attendance'), { entries: [entry] });

    expect((await lock()).json().code).toBe('session_not_started');
    await underway(first.id);
    const unmarked = await lock();
    expect([unmarked.statusCode, unmarked.json().code]).toEqual([409, 'unmarked_participants']);
    await mark({ userId: world.users.professional, mark: 'partly', minutes: 120 });
    const locked = await lock();
    expect(locked.statusCode).toBe(200);
    const { lockedAt } = locked.json<SessionRegister>();
    expect(lockedAt).toEqual(expect.any(String));

    const changed = await mark({ userId: world.users.professional, mark: 'present' });
    expect([changed.statusCode, changed.json().code]).toEqual([409, 'register_locked']);
    const code = await as('teamLead', 'GET', session(world.team, first.id, '/check-in-code'));
    expect([code.statusCode, code.json().code]).toEqual([409, 'register_locked']);
    expect((await lock()).json<SessionRegister>().lockedAt).toBe(lockedAt);
    const register = await as('teamLead', 'GET', session(world.team, first.id, '/register'));
    expect(register.json<SessionRegister>()).toMatchObject({
      lockedAt,
      session: { checkInOpen: false },
      participants: [{ state: 'partly_attended', attendedMinutes: 120 }],
    });
  });
});
