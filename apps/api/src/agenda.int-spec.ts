import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { AgendaService } from '@leerruimte/api-today';
import { type Agenda, type AgendaItem, agendaSchema } from '@leerruimte/shared-contracts';
import { type Person, type World, buildWorld, createTestHttpApp } from './test-world';

const ZONE = 'Europe/Amsterdam';
/** One GET /api/agenda: the session, the viewer, and one query per source (two). */
const STATEMENT_BUDGET = 4;

type Row = Record<string, unknown>;

describe('the agenda (GET /api/agenda)', () => {
  let app: NestFastifyApplication;
  let world: World;
  let zuid: string;
  const query = (sql: string, params: unknown[] = []): Promise<Row[]> =>
    app.get(DataSource).query(sql, params);
  const insert = async (sql: string, params: unknown[]) =>
    (await query(`${sql} RETURNING id`, params))[0].id as string;
  const local = () => DateTime.now().setZone(ZONE);
  const dayFromToday = (days: number) => local().plus({ days }).toISODate() as string;

  async function agenda(as: Person, search = ''): Promise<Agenda> {
    const response = await world.request(as, { method: 'GET', url: `/api/agenda${search}` });
    expect(response.statusCode).toBe(200);
    return agendaSchema.parse(response.json());
  }

  const learningModule = async (slug: string) => {
    const id = await insert(
      `INSERT INTO learning_module (slug, title, summary, audience, themes, learning_goals,
                                    version, position, estimated_minutes)
       VALUES ($1, $2, '', '', '{}', '[]', 1, 1, 30)`,
      [slug, `Module ${slug}`],
    );
    const lesson = await insert(
      `INSERT INTO lesson (module_id, slug, title, minutes, position, blocks)
       VALUES ($1, 'les-1', 'Les 1', 10, 1, '[]')`,
      [id],
    );
    return { id, lesson };
  };

  const assign = async (teamId: string, moduleId: string, userIds: string[], dueDate: string) => {
    const id = await insert(
      `INSERT INTO module_assignment (team_id, module_id, due_date, whole_team)
       VALUES ($1, $2, $3, false)`,
      [teamId, moduleId, dueDate],
    );
    await query(
      `INSERT INTO module_assignment_member (assignment_id, user_id)
       SELECT $1, unnest($2::uuid[])`,
      [id, userIds],
    );
    return id;
  };

  /** A moment at `time` (Amsterdam), once on `date` or every day from it. */
  const moment = (
    teamId: string,
    question: string,
    options: {
      date?: string;
      time?: string;
      daily?: boolean;
      status?: string;
      memberIds?: string[];
    } = {},
  ) =>
    insert(
      `INSERT INTO reflection_moment
         (team_id, question, schedule, open_days, reminder_days, status, member_ids)
       VALUES ($1, $2, $3, 1, '{}', $4, $5)`,
      [
        teamId,
        question,
        {
          timeZone: ZONE,
          time: options.time ?? '10:00',
          startDate: options.date ?? dayFromToday(1),
          recurrence: options.daily
            ? { kind: 'weekly', days: [1, 2, 3, 4, 5, 6, 7], intervalWeeks: 1 }
            : { kind: 'once' },
          workingDays: [1, 2, 3, 4, 5, 6, 7],
        },
        options.status ?? 'active',
        options.memberIds ?? null,
      ],
    );

  const at = (date: string, time: string) =>
    DateTime.fromISO(`${date}T${time}`, { zone: ZONE }).toUTC().toISO();
  const titles = (sut: Agenda) =>
    sut.days.map((day) => [
      day.date,
      day.items.map((item: AgendaItem) =>
        item.kind === 'assignment_due' ? `af: ${item.title}` : item.question,
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
      await query(
        `INSERT INTO team_membership (user_id, team_id, role) VALUES ($1, $2, 'professional')`,
        [priya, zuid],
      );
      const [soon, done, later, other] = await Promise.all(
        ['binnenkort', 'klaar', 'later', 'anders'].map((slug) => learningModule(slug)),
      );
      ids = {
        soon: await assign(world.team, soon.id, [priya, lars], dayFromToday(3)),
        zuid: await assign(zuid, other.id, [priya, zoe], dayFromToday(0)),
        later: await assign(world.team, later.id, [priya], dayFromToday(20)),
      };
      await assign(world.team, done.id, [priya], dayFromToday(3));
      await query(
        `INSERT INTO module_enrolment (user_id, module_id, started_at, last_opened_at, completed_at)
         VALUES ($1, $2, now(), now(), now())`,
        [priya, done.id],
      );
      await assign(world.team, other.id, [lars], dayFromToday(2));
      await assign(world.team, other.id, [priya], dayFromToday(-1));

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
    const { id: moduleId } = await learningModule('zomertijd');
    await assign(world.team, moduleId, [priya], '2027-03-28');

    // Friday 26 March 2027, noon in Amsterdam (CET).
    const sut = await app.get(AgendaService).of(priya, 3, new Date('2027-03-26T11:00:00Z'));

    expect(
      sut.days.map((day) => [
        day.date,
        day.items.map((item) => (item.kind === 'reflection_moment' ? item.at : item.dueDate)),
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
        const team = await insert(`INSERT INTO team (organisation_id, name) VALUES ($1, $2)`, [
          world.organisation,
          `Team ${index}`,
        ]);
        await query(
          `INSERT INTO team_membership (user_id, team_id, role) VALUES ($1, $2, 'professional')`,
          [priya, team],
        );
        teams.push(team);
      }
      for (const [index, team] of teams.entries()) {
        const { id } = await learningModule(`module-${index}`);
        await assign(team, id, [priya], dayFromToday(index % 7));
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
