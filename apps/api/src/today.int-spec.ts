import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { boardFactories } from '@leerruimte/api-board/testing';
import { identityFactories } from '@leerruimte/api-identity-data/testing';
import { learningFactories } from '@leerruimte/api-learning/testing';
import { reflectionFactories } from '@leerruimte/api-reflection/testing';
import {
  type ExperimentStatus,
  type Moment,
  type Today,
  type WhyQuestionStatus,
  todaySchema,
} from '@leerruimte/shared-contracts';
import {
  type Person,
  type World,
  WORLD_TOTP_SECRET,
  buildWorld,
  createTestHttpApp,
} from './test-world';

const ZONE = 'Europe/Amsterdam';
const PRIVATE_ANSWER = 'Wat ik bij meneer K. fout deed, blijft van mij';
/**
 * Every SQL statement of one GET /api/today by someone who leads, administers the organisation
 * and the platform: the session, the viewer, one per section (eight), and the platform status's
 * two readiness checks.
 */
const STATEMENT_BUDGET = 12;

type Row = Record<string, unknown>;

describe('Vandaag (GET /api/today)', () => {
  let app: NestFastifyApplication;
  let world: World;
  let zuid: string;
  let elders: string;
  const query = (sql: string, params: unknown[] = []): Promise<Row[]> =>
    app.get(DataSource).query(sql, params);
  const identity = () => identityFactories(app.get(DataSource));
  const learning = () => learningFactories(app.get(DataSource));
  const reflection = () => reflectionFactories(app.get(DataSource));
  const board = () => boardFactories(app.get(DataSource));
  const local = () => DateTime.now().setZone(ZONE);
  const dayFromToday = (days: number) => local().plus({ days }).toISODate() as string;
  const thisMonth = () => local().startOf('month').toISODate() as string;
  const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000);

  async function today(as: Person): Promise<Today> {
    const response = await world.request(as, { method: 'GET', url: '/api/today' });
    expect(response.statusCode).toBe(200);
    return todaySchema.parse(response.json());
  }

  /** A moment planned once, at 10:00 on the given date (Amsterdam): tomorrow, unless said. */
  const moment = (
    teamId: string,
    question: string,
    {
      date = dayFromToday(1),
      ...values
    }: { date?: string } & Partial<Pick<Moment, 'status' | 'memberIds' | 'kind'>> = {},
  ) => reflection().moment(teamId, { question, ...values, schedule: { startDate: date } });

  /** What a team lead's hiding leaves on an item of the board. */
  const hiddenByLead = (hidden: boolean) =>
    hidden ? { hiddenAt: new Date(), hiddenReason: 'Hoort hier niet' } : {};

  const whyQuestion = (
    teamId: string,
    question: string,
    { status = 'on_agenda', hidden = false }: { status?: WhyQuestionStatus; hidden?: boolean } = {},
  ) =>
    board().whyQuestion(teamId, {
      question,
      status,
      onAgendaAt: new Date(),
      ...hiddenByLead(hidden),
    });

  const experiment = (
    teamId: string,
    title: string,
    { status = 'evaluating', hidden = false }: { status?: ExperimentStatus; hidden?: boolean } = {},
  ) =>
    board().experiment(teamId, {
      title,
      status,
      statusChangedAt: hoursAgo(48),
      ...hiddenByLead(hidden),
    });

  /** A rollup row as the worker writes it; the figures not given are 0. */
  const figures = (table: 'team' | 'organisation', id: string, month: string, values: Row) => {
    const columns = Object.keys(values);
    return query(
      `INSERT INTO ${table}_month_figures (${table}_id, month, ${columns.join(', ')})
       VALUES ($1, $2, ${columns.map((_, index) => `$${index + 3}`).join(', ')})`,
      [id, month, ...Object.values(values)],
    );
  };

  const withTwoFactor = (userId: string, on: boolean) =>
    query(`UPDATE app_user SET totp_secret = $2, two_factor_enabled_at = $3 WHERE id = $1`, [
      userId,
      on ? WORLD_TOTP_SECRET : null,
      on ? new Date() : null,
    ]);

  beforeAll(async () => {
    app = await createTestHttpApp();
  });

  beforeEach(async () => {
    world = await buildWorld(app);
    const teams = await query(`SELECT id, name FROM team WHERE name IN ('Zuid', 'Elders')`);
    zuid = teams.find((team) => team.name === 'Zuid')?.id as string;
    elders = teams.find((team) => team.name === 'Elders')?.id as string;
  });

  afterAll(() => app.close());

  it('turns away anonymous callers', async () => {
    const response = await world.request('anonymous', { method: 'GET', url: '/api/today' });

    expect(response.statusCode).toBe(401);
  });

  describe('for a professional', () => {
    let ids: Record<string, string>;

    beforeEach(async () => {
      const { professional: priya, teamLead: lars, otherTeamSameOrganisation: zoe } = world.users;
      const { assignment, completion, enrolment } = learning();
      const [overdue, soon, undated, done, started] = await Promise.all(
        ['te-laat', 'binnenkort', 'ooit', 'klaar', 'bezig'].map((slug) =>
          learning().module(slug, 3),
        ),
      );
      ids = {
        overdue: await assignment(world.team, overdue.moduleId, [priya, lars], {
          dueDate: dayFromToday(-1),
        }),
        soon: await assignment(world.team, soon.moduleId, [priya], { dueDate: dayFromToday(10) }),
        undated: await assignment(world.team, undated.moduleId, [priya]),
        done: await assignment(world.team, done.moduleId, [priya], { dueDate: dayFromToday(-5) }),
        zoes: await assignment(zuid, soon.moduleId, [zoe], { dueDate: dayFromToday(-2) }),
      };
      await enrolment(priya, done.moduleId, {
        lastLessonId: done.lessonIds[2],
        completedAt: new Date(),
      });
      await enrolment(priya, started.moduleId, {
        lastLessonId: started.lessonIds[1],
        lastOpenedAt: hoursAgo(1),
      });
      await completion(priya, started.lessonIds[0]);
      await enrolment(priya, soon.moduleId, {
        lastLessonId: soon.lessonIds[0],
        lastOpenedAt: hoursAgo(24),
      });
      await completion(priya, soon.lessonIds[0]);

      ids.weekly = await moment(world.team, 'Wat leerde je van een collega?');
      await moment(world.team, 'Pas over tien dagen', { date: dayFromToday(10) });
      await moment(world.team, 'Gepauzeerd', { status: 'paused' });
      ids.leadOnly = await moment(world.team, 'Alleen voor Lars', { memberIds: [lars] });
      await moment(zuid, 'Vraag van Zuid');

      ids.asked = await moment(world.team, 'Wat deed je anders?', { status: 'ended' });
      const { answer, occurrence } = reflection();
      ids.open = await occurrence(ids.asked, [priya, lars], {
        question: 'Wat deed je anders?',
        deliveredAt: hoursAgo(1),
      });
      await answer(ids.open, lars, PRIVATE_ANSWER);
      const closed = await occurrence(ids.asked, [priya, lars], {
        question: 'Gesloten vraag',
        deliveredAt: hoursAgo(100),
        openHours: 24,
      });
      await answer(closed, priya, 'Een oud antwoord van Priya');
      const zuidMoment = await moment(zuid, 'Vraag aan Zoe', { status: 'ended' });
      await occurrence(zuidMoment, [zoe], { question: 'Vraag aan Zoe', deliveredAt: hoursAgo(1) });

      ids.agenda = await whyQuestion(world.team, 'Waarom starten we met de indicatie?');
      await board().vote(ids.agenda, priya);
      await board().vote(ids.agenda, lars);
      ids.agendaQuiet = await whyQuestion(world.team, 'Waarom bellen we zo laat?');
      await whyQuestion(world.team, 'Verborgen agendapunt', { hidden: true });
      await whyQuestion(world.team, 'Nog niet op de agenda', { status: 'open' });
      await whyQuestion(zuid, 'Agendapunt van Zuid');
      await whyQuestion(elders, 'Agendapunt van Elders');

      await experiment(world.team, 'Eerst het netwerk');
      await figures('team', world.team, thisMonth(), { modules_completed: 9, learning_people: 9 });
    });

    it('shows their own work across their teams', async () => {
      const sut = await today('professional');

      expect(sut.prompts).toEqual([
        expect.objectContaining({
          occurrenceId: ids.open,
          kind: 'question',
          question: 'Wat deed je anders?',
          teamId: world.team,
          teamName: 'Noord',
          answered: false,
        }),
      ]);
      expect(sut.assignments.map((item) => [item.assignmentId, item.overdue])).toEqual([
        [ids.overdue, true],
        [ids.soon, false],
        [ids.undated, false],
      ]);
      expect(sut.assignments[1]).toEqual({
        assignmentId: ids.soon,
        teamName: 'Noord',
        dueDate: dayFromToday(10),
        overdue: false,
        module: { slug: 'binnenkort', title: 'Module binnenkort', lessonCount: 3 },
        completedLessons: 1,
      });
      expect(sut.continueLearning).toEqual({
        module: { slug: 'bezig', title: 'Module bezig' },
        lesson: { slug: 'les-2', title: 'Les 2' },
        completedLessons: 1,
        lessonCount: 3,
        lastVisitedAt: expect.any(String),
      });
      expect(sut.moments).toEqual([
        {
          momentId: ids.weekly,
          teamId: world.team,
          teamName: 'Noord',
          question: 'Wat leerde je van een collega?',
          at: DateTime.fromISO(`${dayFromToday(1)}T10:00`, { zone: ZONE })
            .toUTC()
            .toISO(),
        },
      ]);
      expect(sut.agenda).toEqual([
        {
          questionId: ids.agenda,
          teamId: world.team,
          teamName: 'Noord',
          title: 'Waarom starten we met de indicatie?',
          votes: 2,
        },
        expect.objectContaining({ questionId: ids.agendaQuiet, votes: 0 }),
      ]);
      expect(sut.ledTeams).toEqual([]);
      expect(sut.organisations).toEqual([]);
      expect(sut.platform).toBeNull();
    });

    it("never shows another team's board, another person's prompts or anyone's answers", async () => {
      const text = JSON.stringify(await today('professional'));

      for (const elsewhere of [
        'Agendapunt van Zuid',
        'Agendapunt van Elders',
        'Verborgen agendapunt',
        'Vraag aan Zoe',
        'Vraag van Zuid',
        'Alleen voor Lars',
        PRIVATE_ANSWER,
        'Een oud antwoord van Priya',
        'Eerst het netwerk',
      ]) {
        expect(text).not.toContain(elsewhere);
      }
      expect(text).not.toContain(ids.zoes);
    });

    it('says a prompt is answered once it is, without the answer', async () => {
      await reflection().answer(ids.open, world.users.professional, 'Mijn eigen antwoord');

      const sut = await today('professional');

      expect(sut.prompts).toEqual([expect.objectContaining({ answered: true })]);
      expect(JSON.stringify(sut)).not.toContain('Mijn eigen antwoord');
    });

    it("shows a team lead's moments meant only for them, and counts of the last prompt only", async () => {
      const sut = await today('teamLead');

      expect(sut.moments.map((item) => item.question).sort()).toEqual([
        'Alleen voor Lars',
        'Wat leerde je van een collega?',
      ]);
      expect(sut.ledTeams).toEqual([
        {
          teamId: world.team,
          teamName: 'Noord',
          lastPrompt: {
            momentId: ids.asked,
            question: 'Wat deed je anders?',
            deliveredAt: expect.any(String),
            asked: 2,
            answered: 1,
          },
          experimentsToEvaluate: [
            {
              experimentId: expect.any(String),
              title: 'Eerst het netwerk',
              since: expect.any(String),
            },
          ],
        },
      ]);
      expect(JSON.stringify(sut)).not.toContain(PRIVATE_ANSWER);
      expect(JSON.stringify(sut)).not.toContain('Een oud antwoord van Priya');
    });
  });

  describe('for a team lead', () => {
    it('follows the last prompt, not a pulse, and only experiments waiting for evaluation', async () => {
      const { professional: priya, teamLead: lars } = world.users;
      const { answer, occurrence } = reflection();
      const asked = await moment(world.team, 'Wat viel je op?', { status: 'ended' });
      const earlier = await occurrence(asked, [priya, lars], {
        question: 'Een eerdere vraag',
        deliveredAt: hoursAgo(200),
      });
      await answer(earlier, priya, 'Vroeger');
      await answer(earlier, lars, 'Ook vroeger');
      const last = await occurrence(asked, [priya, lars], {
        question: 'Wat viel je op?',
        deliveredAt: hoursAgo(30),
      });
      await answer(last, priya, PRIVATE_ANSWER);
      const pulse = await moment(world.team, 'Teampuls', { status: 'ended', kind: 'pulse' });
      await occurrence(pulse, [priya, lars], { question: 'Teampuls', deliveredAt: hoursAgo(2) });
      const waiting = await experiment(world.team, 'Samen op huisbezoek');
      await experiment(world.team, 'Verborgen experiment', { hidden: true });
      await experiment(world.team, 'Loopt nog', { status: 'running' });
      await experiment(zuid, 'Experiment van Zuid');

      const sut = await today('teamLead');

      expect(sut.ledTeams).toEqual([
        {
          teamId: world.team,
          teamName: 'Noord',
          lastPrompt: {
            momentId: asked,
            question: 'Wat viel je op?',
            deliveredAt: expect.any(String),
            asked: 2,
            answered: 1,
          },
          experimentsToEvaluate: [
            { experimentId: waiting, title: 'Samen op huisbezoek', since: expect.any(String) },
          ],
        },
      ]);
      const text = JSON.stringify(sut);
      for (const hidden of [PRIVATE_ANSWER, 'Verborgen experiment', 'Experiment van Zuid']) {
        expect(text).not.toContain(hidden);
      }
    });

    it('shows a team without prompts with no last prompt', async () => {
      const sut = await today('teamLead');

      expect(sut.ledTeams).toEqual([
        { teamId: world.team, teamName: 'Noord', lastPrompt: null, experimentsToEvaluate: [] },
      ]);
    });
  });

  describe('for an organisation admin', () => {
    beforeEach(async () => {
      const month = thisMonth();
      await figures('team', world.team, month, {
        modules_completed: 4,
        learning_people: 6,
        prompts_asked: 10,
        prompts_answered: 7,
        reflection_people: 6,
        experiments_started: 1,
        board_people: 2,
      });
      await figures('team', zuid, month, {
        modules_completed: 2,
        learning_people: 3,
        prompts_asked: 7,
        prompts_answered: 7,
        reflection_people: 7,
      });
      await figures('organisation', world.organisation, month, {
        modules_completed: 6,
        learning_people: 9,
        prompts_asked: 17,
        prompts_answered: 14,
        reflection_people: 13,
        experiments_started: 1,
        board_people: 2,
      });
      const lastMonth = local().minus({ months: 1 }).startOf('month').toISODate() as string;
      await figures('team', world.team, lastMonth, { modules_completed: 99, learning_people: 9 });
      await figures('team', elders, month, { modules_completed: 5, learning_people: 8 });
    });

    it('summarises this month per team, null where fewer people than the minimum took part', async () => {
      const sut = await today('organisationAdmin');

      expect(sut.organisations).toEqual([
        {
          organisationId: world.organisation,
          organisationName: 'Gemeente A',
          minimumGroupSize: 5,
          teams: [
            {
              teamId: world.team,
              teamName: 'Noord',
              memberCount: 2,
              // Zuid's learning comes from three people; Noord goes too, or Zuid's would follow.
              modulesCompleted: null,
              participation: 0.7,
              experimentsStarted: null,
            },
            {
              teamId: zuid,
              teamName: 'Zuid',
              memberCount: 1,
              modulesCompleted: null,
              participation: 1,
              experimentsStarted: 0,
            },
          ],
        },
      ]);
      expect(sut.prompts).toEqual([]);
      expect(sut.ledTeams).toEqual([]);
      expect(sut.platform).toBeNull();
    });

    it('shows the same figures as Teamontwikkeling for this month, with the chosen minimum', async () => {
      await query(
        `INSERT INTO organisation_report_settings (organisation_id, minimum_group_size) VALUES ($1, 3)`,
        [world.organisation],
      );
      const month = local().toFormat('yyyy-MM');

      const [sut] = (await today('organisationAdmin')).organisations;
      const report = (
        await world.request('organisationAdmin', {
          method: 'GET',
          url: `/api/organisations/${world.organisation}/reports/team-development?from=${month}&to=${month}`,
        })
      ).json();

      expect(sut.minimumGroupSize).toBe(3);
      expect(sut.teams.map((team) => [team.teamName, team.modulesCompleted])).toEqual([
        ['Noord', 4],
        ['Zuid', 2],
      ]);
      for (const team of sut.teams) {
        const reported = report.teams.find((row: { teamId: string }) => row.teamId === team.teamId);
        expect([team.modulesCompleted, team.participation, team.experimentsStarted]).toEqual([
          reported.total.modulesCompleted,
          reported.total.reflectionParticipation,
          reported.total.experimentsStarted,
        ]);
      }
    });

    it('shows nothing of the organisation while two-factor authentication is off', async () => {
      await withTwoFactor(world.users.organisationAdmin, false);

      expect((await today('organisationAdmin')).organisations).toEqual([]);
    });

    it("never shows another organisation's teams", async () => {
      const sut = await today('otherOrganisation');

      expect(sut.organisations.map((organisation) => organisation.organisationName)).toEqual([
        'Gemeente B',
      ]);
      expect(JSON.stringify(sut)).not.toContain(world.team);
    });
  });

  describe('for a platform admin', () => {
    it('shows the platform status only with two-factor authentication on', async () => {
      await query(`UPDATE app_user SET platform_admin = true WHERE id = $1`, [
        world.users.teamLead,
      ]);

      expect((await today('teamLead')).platform).toBeNull();

      await withTwoFactor(world.users.teamLead, true);
      const sut = await today('teamLead');

      expect(sut.platform).toMatchObject({
        status: expect.stringMatching(/^(ready|degraded|not_ready)$/),
        components: { database: { status: 'up' }, redis: { status: 'up' } },
      });
      expect((await today('professional')).platform).toBeNull();
    });
  });

  describe('query count', () => {
    /**
     * `count` teams in Gemeente A led by Lars (Noord among them), each with a module assigned
     * to him and started, a moment this week, an open prompt, a question on the agenda, an
     * experiment to evaluate and this month's figures. Lars also administers Gemeente A and the
     * platform, so every section runs.
     */
    async function fill(count: number): Promise<void> {
      const lars = world.users.teamLead;
      await query(`UPDATE app_user SET platform_admin = true WHERE id = $1`, [lars]);
      await withTwoFactor(lars, true);
      await identity().organisationAdmin(lars, world.organisation);
      const teams = [world.team];
      for (let index = 1; index < count; index++) {
        const team = await identity().team(world.organisation, `Team ${index}`);
        await identity().member(lars, team, 'team_lead');
        teams.push(team);
      }
      for (const [index, team] of teams.entries()) {
        const { moduleId, lessonIds } = await learning().module(`module-${index}`, 2);
        await learning().assignment(team, moduleId, [lars], { dueDate: dayFromToday(index - 1) });
        await learning().enrolment(lars, moduleId, {
          lastLessonId: lessonIds[1],
          lastOpenedAt: new Date(Date.now() - index * 1000),
        });
        await learning().completion(lars, lessonIds[0]);
        await moment(team, `Moment ${index}`);
        const asked = await moment(team, `Vraag ${index}`, { status: 'ended' });
        const open = await reflection().occurrence(asked, [lars, world.users.professional], {
          question: `Vraag ${index}`,
          deliveredAt: hoursAgo(1),
        });
        await reflection().answer(open, lars, PRIVATE_ANSWER);
        await board().vote(await whyQuestion(team, `Waarom ${index}?`), lars);
        await experiment(team, `Experiment ${index}`);
        await figures('team', team, thisMonth(), { modules_completed: 1, learning_people: 6 });
      }
    }

    /** Every statement TypeORM sends to PostgreSQL passes its logger: count them there. */
    async function statementsOfOneRequest(): Promise<{ count: number; today: Today }> {
      const logger = app.get(DataSource).logger;
      const logQuery = logger.logQuery;
      let count = 0;
      logger.logQuery = (...args) => {
        count++;
        return logQuery.apply(logger, args);
      };
      try {
        return { today: await today('teamLead'), count };
      } finally {
        logger.logQuery = logQuery;
      }
    }

    it('is the same small number with one of everything as with twenty', async () => {
      const measured: Record<number, number> = {};
      for (const size of [1, 20]) {
        world = await buildWorld(app);
        await fill(size);
        await today('teamLead');

        const { count, today: sut } = await statementsOfOneRequest();

        expect(sut.prompts).toHaveLength(size);
        expect(sut.assignments).toHaveLength(size);
        expect(sut.moments).toHaveLength(size);
        expect(sut.agenda).toHaveLength(size);
        expect(sut.ledTeams).toHaveLength(size);
        expect(sut.ledTeams.every((team) => team.lastPrompt?.answered === 1)).toBe(true);
        expect(sut.ledTeams.flatMap((team) => team.experimentsToEvaluate)).toHaveLength(size);
        expect(sut.organisations[0].teams).toHaveLength(size + 1);
        expect(sut.continueLearning).not.toBeNull();
        expect(sut.platform).not.toBeNull();
        measured[size] = count;
      }

      expect(measured[20]).toBe(measured[1]);
      expect(measured[1]).toBeLessThanOrEqual(STATEMENT_BUDGET);
    });
  });
});
