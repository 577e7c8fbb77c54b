import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { boardFactories } from '@leerruimte/api-board/testing';
import { JobQueue } from '@leerruimte/api-infrastructure';
import { identityFactories } from '@leerruimte/api-identity-data/testing';
import { ContentImporter, readContent } from '@leerruimte/api-learning';
import { learningFactories } from '@leerruimte/api-learning/testing';
import { reflectionFactories } from '@leerruimte/api-reflection/testing';
import { trainingFactories } from '@leerruimte/api-trainings/testing';
import { ReportingRollup } from '@leerruimte/api-reporting';
import { type World, buildWorld, createTestHttpApp } from './test-world';
import { reportActivities } from './report-activities';

type Family = 'learning' | 'reflection' | 'board';

/** One event of generated activity, as the report should count it. */
interface Expected {
  teams: string[];
  organisation: string;
  userId: string | null;
  family: Family;
  figure: string;
  amount: number;
  key: string;
  at: Date;
}

const ZONE = 'Europe/Amsterdam';
const NOW = new Date('2026-05-15T10:00:00Z');
const monthOf = (at: Date) => DateTime.fromJSDate(at).setZone(ZONE).toFormat('yyyy-MM-01');

/** A small deterministic random source, so a failing case can be run again. */
function randomSource(seed: number) {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return {
    int: (below: number) => Math.floor(next() * below),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)],
    chance: (p: number) => next() < p,
    /** Mostly midday; sometimes 20 minutes before a month ends in UTC: the next month here. */
    moment(fromMonth: number, toMonth: number): Date {
      const month = fromMonth + Math.floor(next() * (toMonth - fromMonth + 1));
      if (month < toMonth && next() < 0.15) {
        return DateTime.utc(2026, month, 1).endOf('month').minus({ minutes: 20 }).toJSDate();
      }
      return DateTime.utc(2026, month, 1 + Math.floor(next() * 27), 11).toJSDate();
    },
  };
}

describe('reporting rollups', () => {
  let app: NestFastifyApplication;
  let world: World;
  let rollup: ReportingRollup;
  const query = (sql: string, params: unknown[] = []) => app.get(DataSource).query(sql, params);
  const identity = () => identityFactories(app.get(DataSource));
  const learning = () => learningFactories(app.get(DataSource));
  const reflection = () => reflectionFactories(app.get(DataSource));
  const board = () => boardFactories(app.get(DataSource));
  const trainings = () => trainingFactories(app.get(DataSource));

  beforeAll(async () => {
    app = await createTestHttpApp();
    rollup = new ReportingRollup(app.get(DataSource), app.get(JobQueue), reportActivities);
  });

  beforeEach(async () => {
    world = await buildWorld(app);
    await app.get(ContentImporter).import(readContent('content'));
  });

  afterAll(() => app.close());

  /** Generates activity in the given months and returns what each event should count for. */
  async function generate(seed: number, months: [number, number], people: string[]) {
    const random = randomSource(seed);
    const teams: Array<{ id: string; organisation_id: string }> = await query(
      `SELECT id, organisation_id FROM team WHERE name IN ('Noord', 'Zuid') ORDER BY name`,
    );
    const membership: Array<{ team_id: string; user_id: string }> = await query(
      `SELECT team_id, user_id FROM team_membership WHERE team_id = ANY($1::uuid[])`,
      [teams.map((team) => team.id)],
    );
    const teamsOf = (userId: string) =>
      membership.filter((row) => row.user_id === userId).map((row) => row.team_id);
    const organisation = teams[0].organisation_id;
    const lessons: Array<{ id: string; minutes: number; module_id: string }> = await query(
      `SELECT id, minutes, module_id FROM lesson ORDER BY id LIMIT 12`,
    );
    const expected: Expected[] = [];
    const event = (
      e: Omit<Expected, 'organisation' | 'teams'> & { teams?: string[]; team?: string },
    ) => expected.push({ ...e, teams: e.teams ?? [e.team as string], organisation });

    for (const userId of people) {
      for (const lesson of lessons) {
        if (!random.chance(0.3)) continue;
        const at = random.moment(...months);
        // A lesson is read in one stretch here: a later run's reading of it would move its
        // time to another month.
        const read: unknown[] = await query(
          `SELECT 1 FROM learning_time_slot WHERE user_id = $1 AND lesson_id = $2`,
          [userId, lesson.id],
        );
        if (read.length > 0) continue;
        // Up to three times the lesson's minutes: the cap (twice) must hold.
        const slots = 1 + random.int(lesson.minutes * 6);
        // One person reads one thing at a time: no stretch overlaps another.
        const overlap: unknown[] = await query(
          `SELECT 1 FROM learning_time_slot WHERE user_id = $1
              AND slot_start > $2::timestamptz - make_interval(secs => $3 * 30)
              AND slot_start < $2::timestamptz + interval '30 seconds'`,
          [userId, at, slots],
        );
        if (overlap.length > 0) continue;
        await learning().activeTime(userId, lesson.id, at, slots);
        const key = `${userId}${lesson.id}`;
        event({
          teams: teamsOf(userId),
          userId,
          family: 'learning',
          figure: 'learning_minutes',
          amount: Math.round(Math.min(slots * 30, lesson.minutes * 120) / 60),
          key,
          at,
        });
      }
      for (const moduleId of [...new Set(lessons.map((lesson) => lesson.module_id))]) {
        if (!random.chance(0.5)) continue;
        const started = random.moment(...months);
        const completed = random.chance(0.4) ? random.moment(...months) : null;
        // A module is started once: a later run's start of it does not count.
        const enrolled: unknown[] = await query(
          `SELECT 1 FROM module_enrolment WHERE user_id = $1 AND module_id = $2`,
          [userId, moduleId],
        );
        if (enrolled.length > 0) continue;
        await learning().enrolment(userId, moduleId, {
          startedAt: started,
          lastOpenedAt: started,
          completedAt: completed,
        });
        const key = `${userId}${moduleId}`;
        event({
          teams: teamsOf(userId),
          userId,
          family: 'learning',
          figure: 'modules_started',
          amount: 1,
          key,
          at: started,
        });
        if (completed) {
          event({
            teams: teamsOf(userId),
            userId,
            family: 'learning',
            figure: 'modules_completed',
            amount: 1,
            key,
            at: completed,
          });
        }
      }
    }

    for (const team of teams) {
      const members = membership.filter((row) => row.team_id === team.id).map((row) => row.user_id);
      const momentId = await reflection().moment(team.id, {
        question: 'Wat leerde je?',
        status: 'ended',
      });
      for (let occurrence = 0; occurrence < 6; occurrence++) {
        const at = random.moment(...months);
        const recipients: string[] = [];
        const answering: string[] = [];
        for (const userId of members) {
          if (!random.chance(0.8)) continue;
          recipients.push(userId);
          if (random.chance(0.6)) answering.push(userId);
        }
        const occurrenceId = await reflection().occurrence(momentId, recipients, {
          deliveredAt: new Date(at.getTime() + occurrence),
          openHours: 0,
          question: 'Wat leerde je?',
        });
        for (const userId of recipients) {
          event({
            team: team.id,
            userId,
            family: 'reflection',
            figure: 'prompts_asked',
            amount: 1,
            // One delivery per person and occurrence.
            key: `${occurrenceId}${userId}`,
            at,
          });
        }
        for (const userId of answering) {
          event({
            team: team.id,
            userId,
            family: 'reflection',
            figure: 'prompts_answered',
            amount: 1,
            key: await reflection().answer(occurrenceId, userId, 'Iets'),
            at,
          });
        }
      }
      for (let item = 0; item < 6; item++) {
        const author = random.pick(members);
        const asked = random.moment(...months);
        const discussed = random.chance(0.5) ? random.moment(...months) : null;
        const questionId = await board().whyQuestion(team.id, {
          authorId: author,
          question: 'Waarom?',
          status: discussed ? 'discussed' : 'open',
          createdAt: asked,
          discussedAt: discussed,
        });
        event({
          team: team.id,
          userId: author,
          family: 'board',
          figure: 'why_questions_asked',
          amount: 1,
          key: questionId,
          at: asked,
        });
        if (discussed) {
          event({
            team: team.id,
            userId: author,
            family: 'board',
            figure: 'why_questions_discussed',
            amount: 1,
            key: questionId,
            at: discussed,
          });
        }
        const started = random.moment(...months);
        const decision = random.pick([
          'running',
          'adopted',
          'adapted',
          'stopped',
          'dropped',
        ] as const);
        const evaluated =
          decision !== 'running' && decision !== 'dropped' ? random.moment(...months) : null;
        const evaluator = random.pick(members);
        const fromQuestion = random.chance(0.5) ? questionId : null;
        const experimentId = await board().experiment(team.id, {
          authorId: author,
          title: 'Proef',
          status: decision === 'dropped' ? 'stopped' : decision,
          statusChangedAt: evaluated ?? started,
          evaluatedAt: evaluated,
          evaluatedById: evaluated ? evaluator : null,
          whyQuestionId: fromQuestion,
          createdAt: started,
        });
        event({
          team: team.id,
          userId: author,
          family: 'board',
          figure: 'experiments_started',
          amount: 1,
          key: experimentId,
          at: started,
        });
        if (fromQuestion) {
          event({
            team: team.id,
            userId: author,
            family: 'board',
            figure: 'why_questions_to_experiment',
            amount: 1,
            key: experimentId,
            at: started,
          });
        }
        if (evaluated) {
          event({
            team: team.id,
            userId: evaluator,
            family: 'board',
            figure: 'experiments_evaluated',
            amount: 1,
            key: experimentId,
            at: evaluated,
          });
          event({
            team: team.id,
            userId: evaluator,
            family: 'board',
            figure: `experiments_${decision}`,
            amount: 1,
            key: experimentId,
            at: evaluated,
          });
        } else if (decision === 'dropped') {
          event({
            team: team.id,
            userId: author,
            family: 'board',
            figure: 'experiments_stopped',
            amount: 1,
            key: experimentId,
            at: started,
          });
        }
      }
    }
    for (const team of teams) {
      const members = membership.filter((row) => row.team_id === team.id).map((row) => row.user_id);
      // The team's training: who attended a session, wholly or partly, counts in its month.
      const trainingId = await trainings().training(team.id);
      for (let day = 0; day < 2; day++) {
        const at = random.moment(...months);
        const sessionId = await trainings().session(trainingId, {
          startsAt: at,
          endsAt: new Date(at.getTime() + 3 * 3_600_000),
        });
        for (const userId of members) {
          const state = random.pick([
            'booked',
            'attended',
            'partly_attended',
            'no_show',
            'cancelled',
          ] as const);
          const minutes =
            state === 'attended' ? 180 : state === 'partly_attended' ? 1 + random.int(179) : 0;
          const enrolmentId = await trainings().enrolment(sessionId, userId, {
            state,
            attendedMinutes: state === 'booked' || state === 'cancelled' ? null : minutes,
          });
          if (state !== 'attended' && state !== 'partly_attended') continue;
          for (const [figure, amount] of [
            ['training_sessions_attended', 1],
            ['training_minutes', minutes],
          ] as const) {
            event({
              team: team.id,
              userId,
              family: 'learning',
              figure,
              amount,
              key: enrolmentId,
              at,
            });
          }
        }
      }
      // Intervisie: a case discussion with some of the team, in the month it was held.
      const caseId = await board().teamCase(team.id);
      const heldAt = random.moment(...months);
      const heldOn = DateTime.fromJSDate(heldAt).setZone(ZONE).toISODate() as string;
      const participants = members.filter(() => random.chance(0.7));
      const minutes = 30 + random.int(90);
      const discussionId = await board().intervisie(team.id, caseId, heldOn, minutes, participants);
      for (const userId of participants) {
        event({
          team: team.id,
          userId,
          family: 'reflection',
          figure: 'intervisie_minutes',
          amount: minutes,
          key: `${discussionId}${userId}`,
          at: heldAt,
        });
      }
    }
    return expected;
  }

  /** The figures straight from the events: per team and month, and once per organisation. */
  function directly(events: Expected[]) {
    type Cells = Map<
      string,
      { figures: Record<string, number>; people: Record<Family, Set<string>> }
    >;
    const teams: Cells = new Map();
    const organisation: Cells = new Map();
    const seen = new Set<string>();
    const cellOf = (cells: Cells, key: string) => {
      const found = cells.get(key) ?? {
        figures: {},
        people: {
          learning: new Set<string>(),
          reflection: new Set<string>(),
          board: new Set<string>(),
        },
      };
      cells.set(key, found);
      return found;
    };
    const count = (cell: ReturnType<typeof cellOf>, e: Expected) => {
      cell.figures[e.figure] = (cell.figures[e.figure] ?? 0) + e.amount;
    };
    for (const e of events) {
      const month = monthOf(e.at);
      for (const team of e.teams) {
        const cell = cellOf(teams, `${team}|${month}`);
        count(cell, e);
        if (e.userId) cell.people[e.family].add(e.userId);
      }
      const cell = cellOf(organisation, `${e.organisation}|${month}`);
      if (!seen.has(`${e.organisation}|${e.figure}|${e.key}`)) {
        seen.add(`${e.organisation}|${e.figure}|${e.key}`);
        count(cell, e);
      }
      if (e.userId) cell.people[e.family].add(e.userId);
    }
    const flat = (cells: Cells) =>
      Object.fromEntries(
        [...cells].map(([key, { figures, people }]) => [
          key,
          {
            ...figures,
            learning_people: people.learning.size,
            reflection_people: people.reflection.size,
            board_people: people.board.size,
          },
        ]),
      );
    return { teams: flat(teams), organisation: flat(organisation) };
  }

  async function rolledUp(table: 'team_month_figures' | 'organisation_month_figures') {
    const key = table === 'team_month_figures' ? 'team_id' : 'organisation_id';
    const rows: Array<Record<string, unknown>> = await query(
      `SELECT *, month::text AS month FROM ${table}`,
    );
    return Object.fromEntries(
      rows.map((row) => [
        `${row[key]}|${row.month}`,
        Object.fromEntries(
          Object.entries(row).filter(
            ([column, value]) => column !== key && column !== 'month' && value !== 0,
          ),
        ),
      ]),
    );
  }

  const nonZero = (cells: Record<string, Record<string, number>>) =>
    Object.fromEntries(
      Object.entries(cells)
        .map(([cell, figures]) => [
          cell,
          Object.fromEntries(Object.entries(figures).filter(([, value]) => value !== 0)),
        ])
        .filter(([, figures]) => Object.keys(figures as object).length > 0),
    );

  it.each([11, 23, 42])(
    'equals a direct count of random activity, also after new activity in an open month (seed %i)',
    async (seed) => {
      const [{ id: zuid }] = await query(`SELECT id FROM team WHERE name = 'Zuid'`);
      const extra: string[] = [];
      for (let index = 0; index < 5; index++) {
        const userId = await identity().person(`Lid ${index}`);
        extra.push(userId);
        const teamIds = index === 0 ? [world.team, zuid] : [index % 2 ? world.team : zuid];
        for (const teamId of teamIds) await identity().member(userId, teamId);
      }
      const people = [world.users.professional, world.users.teamLead, ...extra];
      const events = await generate(seed, [1, 5], people);
      await rollup.refresh(NOW);
      expect(await rolledUp('team_month_figures')).toEqual(nonZero(directly(events).teams));
      expect(await rolledUp('organisation_month_figures')).toEqual(
        nonZero(directly(events).organisation),
      );

      // New activity in the open months is counted on the next run; closed months stay put.
      const later = await generate(seed + 1, [4, 5], people);
      await rollup.refresh(NOW);
      const all = [...events, ...later];
      expect(await rolledUp('team_month_figures')).toEqual(nonZero(directly(all).teams));
      expect(await rolledUp('organisation_month_figures')).toEqual(
        nonZero(directly(all).organisation),
      );
      const months: Array<{ month: string; closed: boolean }> = await query(
        `SELECT month::text, closed FROM reporting_month ORDER BY month`,
      );
      expect(months).toEqual([
        { month: '2026-01-01', closed: true },
        { month: '2026-02-01', closed: true },
        { month: '2026-03-01', closed: true },
        { month: '2026-04-01', closed: false },
        { month: '2026-05-01', closed: false },
      ]);
    },
  );
});
