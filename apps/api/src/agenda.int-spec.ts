import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { identityFactories } from '@leerruimte/api-identity-data/testing';
import { learningFactories } from '@leerruimte/api-learning/testing';
import { reflectionFactories } from '@leerruimte/api-reflection/testing';
import { trainingFactories } from '@leerruimte/api-trainings/testing';
import { AgendaService } from '@leerruimte/api-today';
import {
  type Agenda,
  type AgendaItem,
  type Moment,
  agendaSchema,
} from '@leerruimte/shared-contracts';
import { type Person, type World, buildWorld, createTestHttpApp } from './test-world';

const ZONE = 'Europe/Amsterdam';
/** One GET /api/agenda: the session, the viewer, and one query per source (three). */
const STATEMENT_BUDGET = 5;

type Row = Record<string, unknown>;

describe('the agenda (GET /api/agenda)', () => {
  let app: NestFastifyApplication;
  let world: World;
  let zuid: string;
  const query = (sql: string, params: unknown[] = []): Promise<Row[]> =>
    app.get(DataSource).query(sql, params);
  const identity = () => identityFactories(app.get(DataSource));
  const learning = () => learningFactories(app.get(DataSource));
  const reflection = () => reflectionFactories(app.get(DataSource));
  const local = () => DateTime.now().setZone(ZONE);
  const dayFromToday = (days: number) => local().plus({ days }).toISODate() as string;

  async function agenda(as: Person, search = ''): Promise<Agenda> {
    const response = await world.request(as, { method: 'GET', url: `/api/agenda${search}` });
    expect(response.statusCode).toBe(200);
    return agendaSchema.parse(response.json());
  }

  /** A moment open for a day at `time` (Amsterdam), once on `date` or every day from it. */
  const moment = (
    teamId: string,
    question: string,
    {
      date = dayFromToday(1),
      time = '10:00',
      daily = false,
      ...values
    }: { date?: string; time?: string; daily?: boolean } & Partial<
      Pick<Moment, 'status' | 'memberIds'>
    > = {},
  ) =>
    reflection().moment(teamId, {
      question,
      openDays: 1,
      ...values,
      schedule: {
        time,
        startDate: date,
        recurrence: daily
          ? { kind: 'weekly', days: [1, 2, 3, 4, 5, 6, 7], intervalWeeks: 1 }
          : { kind: 'once' },
      },
    });

  const at = (date: string, time: string) =>
    DateTime.fromISO(`${date}T${time}`, { zone: ZONE }).toUTC().toISO();
  const titles = (sut: Agenda) =>
    sut.days.map((day) => [
      day.date,
      day.items.map((item: AgendaItem) =>
        item.kind === 'assignment_due'
          ? `af: ${item.title}`
          : item.kind === 'training_session'
            ? `training: ${item.title}`
            : item.question,
      ),
    ]);

  beforeAll(async () => {
    app = await createTestHttpApp();
  });

  beforeEach(async () => {
    world = await buildWorld(app);
    zuid = (await query(`SELECT id FROM team WHERE name = 'Zuid'`))[0].id as string;
  });

  afterAll(() => app.close());

  it('turns away anonymous callers', async () => {
    const response = await world.request('anonymous', { method: 'GET', url: '/api/agenda' });

    expect(response.statusCode).toBe(401);
  });

  it.each(['days=0', 'days=61', 'days=veel', 'days=1.5', 'dagen=7'])(
    'answers ?%s with a 400 naming the field',
    async (search) => {
      const response = await world.request('professional', {
        method: 'GET',
        url: `/api/agenda?${search}`,
      });

      expect(response.statusCode).toBe(400);
      expect(response.json().fields).toEqual([
        expect.objectContaining({ field: search.split('=')[0] }),
      ]);
    },
  );

  describe('for a professional', () => {
    let ids: Record<string, string>;

    beforeEach(async () => {
      const { professional: priya, teamLead: lars, otherTeamSameOrganisation: zoe } = world.users;
      // Priya is in Zuid too, as a generalist in two teams.
      await identity().member(priya, zuid);
      const [soon, done, later, other] = (
        await Promise.all(
          ['binnenkort', 'klaar', 'later', 'anders'].map((slug) => learning().module(slug)),
        )
      ).map((created) => created.moduleId);
      ids = {
        soon: await learning().assignment(world.team, soon, [priya, lars], {
          dueDate: dayFromToday(3),
        }),
        zuid: await learning().assignment(zuid, other, [priya, zoe], { dueDate: dayFromToday(0) }),
        later: await learning().assignment(world.team, later, [priya], {
          dueDate: dayFromToday(20),
        }),
      };
      await learning().assignment(world.team, done, [priya], { dueDate: dayFromToday(3) });
      await learning().enrolment(priya, done, { completedAt: new Date() });
      await learning().assignment(world.team, other, [lars], { dueDate: dayFromToday(2) });
      await learning().assignment(world.team, other, [priya], { dueDate: dayFromToday(-1) });

      ids.noord = await moment(world.team, 'Wat leerde je van een collega?', {
        date: dayFromToday(3),
        time: '15:00',
      });
      ids.early = await moment(zuid, 'Wat ging er goed?', { date: dayFromToday(3), time: '09:00' });
      await moment(world.team, 'Alleen voor Lars', { memberIds: [lars] });
      ids.forPriya = await moment(world.team, 'Alleen voor Priya', { memberIds: [priya] });
      await moment(world.team, 'Gepauzeerd', { status: 'paused' });
      await moment(world.team, 'Over twintig dagen', { date: dayFromToday(20) });
      const elders = (await query(`SELECT id FROM team WHERE name = 'Elders'`))[0].id as string;
      await moment(elders, 'Vraag van Elders');
    });

    it('lists the moments that reach them in their teams and their own due dates, by day', async () => {
      const sut = await agenda('professional');

      expect([sut.from, sut.until]).toEqual([dayFromToday(0), dayFromToday(13)]);
      expect(titles(sut)).toEqual([
        [dayFromToday(0), ['af: Module anders']],
        [dayFromToday(1), ['Alleen voor Priya']],
        [
          dayFromToday(3),
          ['af: Module binnenkort', 'Wat ging er goed?', 'Wat leerde je van een collega?'],
        ],
      ]);
      const [, , third] = sut.days;
      expect(third.items).toEqual([
        {
          kind: 'assignment_due',
          assignmentId: ids.soon,
          title: 'Module binnenkort',
          dueDate: dayFromToday(3),
          completedLessons: 0,
          lessonCount: 1,
          teamId: world.team,
          teamName: 'Noord',
          link: '/leren/binnenkort',
        },
        {
          kind: 'reflection_moment',
          momentId: ids.early,
          question: 'Wat ging er goed?',
          at: at(dayFromToday(3), '09:00'),
          teamId: zuid,
          teamName: 'Zuid',
          link: '/reflecties',
        },
        expect.objectContaining({ momentId: ids.noord, at: at(dayFromToday(3), '15:00') }),
      ]);
    });

    it('looks further ahead when asked', async () => {
      const sut = await agenda('professional', '?days=30');

      expect(sut.until).toBe(dayFromToday(29));
      expect(sut.days.at(-1)).toEqual({
        date: dayFromToday(20),
        items: [
          expect.objectContaining({ assignmentId: ids.later }),
          expect.objectContaining({ question: 'Over twintig dagen' }),
        ],
      });
    });

    it('has the training sessions they are booked or waiting for, at their time', async () => {
      const trainings = trainingFactories(app.get(DataSource));
      const session = async (teamId: string, title: string, days: number) => {
        const trainingId = await trainings.training(teamId, { title });
        const date = dayFromToday(days);
        return trainings.session(trainingId, {
          date,
          startTime: '13:30',
          endTime: '17:00',
          startsAt: new Date(at(date, '13:30') as string),
          endsAt: new Date(at(date, '17:00') as string),
          place: 'Stadskantoor',
        });
      };
      const enrol = (sessionId: string, state: string) =>
        query(
          `INSERT INTO training_enrolment (session_id, user_id, state, queued_at)
           VALUES ($1, $2, $3, now())`,
          [sessionId, world.users.professional, state],
        );
      const booked = await session(world.team, 'Hollen of stilstaan', 2);
      await enrol(booked, 'booked');
      await enrol(await session(zuid, 'Workshop speelruimte', 2), 'waiting');
      await enrol(await session(world.team, 'Afgemeld', 2), 'cancelled');
      await session(world.team, 'Niet ingeschreven', 2);

      const sut = await agenda('professional');

      const day = sut.days.find((candidate) => candidate.date === dayFromToday(2));
      expect(day?.items.filter((item) => item.kind === 'training_session')).toEqual([
        {
          kind: 'training_session',
          sessionId: booked,
          title: 'Hollen of stilstaan',
          at: at(dayFromToday(2), '13:30'),
          endsAt: at(dayFromToday(2), '17:00'),
          place: 'Stadskantoor',
          state: 'booked',
          teamId: world.team,
          teamName: 'Noord',
          link: `/team/${world.team}/trainingen`,
        },
        expect.objectContaining({ title: 'Workshop speelruimte', state: 'waiting', teamId: zuid }),
      ]);
    });

    it('shows another member only their own', async () => {
      expect(titles(await agenda('otherTeamSameOrganisation'))).toEqual([
        [dayFromToday(0), ['af: Module anders']],
        [dayFromToday(3), ['Wat ging er goed?']],
      ]);
      expect((await agenda('organisationAdmin')).days).toEqual([]);
    });
  });

  it('puts moments on their day in Amsterdam across the change to summer time', async () => {
    const { professional: priya } = world.users;
    // Daily at 00:30 and 10:00 in Noord; the clocks go forward in the night to Sunday 28 March.
    await moment(world.team, 'Nachtvraag', { date: '2027-03-20', time: '00:30', daily: true });
    await moment(world.team, 'Ochtendvraag', { date: '2027-03-20', time: '10:00', daily: true });
    const { moduleId } = await learning().module('zomertijd');
    await learning().assignment(world.team, moduleId, [priya], { dueDate: '2027-03-28' });

    // Friday 26 March 2027, noon in Amsterdam (CET).
    const sut = await app.get(AgendaService).of(priya, 3, new Date('2027-03-26T11:00:00Z'));

    expect(
      sut.days.map((day) => [
        day.date,
        day.items.map((item) => (item.kind === 'assignment_due' ? item.dueDate : item.at)),
      ]),
    ).toEqual([
      ['2027-03-27', ['2027-03-26T23:30:00.000Z', '2027-03-27T09:00:00.000Z']],
      // 00:30 is still winter time; 10:00 is summer time, an hour earlier in UTC.
      ['2027-03-28', ['2027-03-28', '2027-03-27T23:30:00.000Z', '2027-03-28T08:00:00.000Z']],
    ]);
    expect([sut.from, sut.until]).toEqual(['2027-03-26', '2027-03-28']);
  });

  describe('query count', () => {
    /** `count` teams with Priya in each, every team with a moment and an assignment in the week. */
    async function fill(count: number): Promise<void> {
      const priya = world.users.professional;
      const teams = [world.team];
      for (let index = 1; index < count; index++) {
        const team = await identity().team(world.organisation, `Team ${index}`);
        await identity().member(priya, team);
        teams.push(team);
      }
      for (const [index, team] of teams.entries()) {
        const { moduleId } = await learning().module(`module-${index}`);
        await learning().assignment(team, moduleId, [priya], { dueDate: dayFromToday(index % 7) });
        await moment(team, `Moment ${index}`, { date: dayFromToday(1 + (index % 5)) });
      }
    }

    /** Every statement TypeORM sends to PostgreSQL passes its logger: count them there. */
    async function statementsOfOneRequest(): Promise<{ count: number; sut: Agenda }> {
      const logger = app.get(DataSource).logger;
      const logQuery = logger.logQuery;
      let count = 0;
      logger.logQuery = (...args) => {
        count++;
        return logQuery.apply(logger, args);
      };
      try {
        const sut = await agenda('professional');
        return { sut, count };
      } finally {
        logger.logQuery = logQuery;
      }
    }

    it('is the same small number with one item of each kind as with twenty', async () => {
      const measured: Record<number, number> = {};
      for (const size of [1, 20]) {
        world = await buildWorld(app);
        await fill(size);
        await agenda('professional');

        const { count, sut } = await statementsOfOneRequest();

        const items = sut.days.flatMap((day) => day.items);
        expect(items.filter((item) => item.kind === 'assignment_due')).toHaveLength(size);
        expect(items.filter((item) => item.kind === 'reflection_moment')).toHaveLength(size);
        measured[size] = count;
      }

      expect(measured[20]).toBe(measured[1]);
      expect(measured[1]).toBeLessThanOrEqual(STATEMENT_BUDGET);
    });
  });
});
