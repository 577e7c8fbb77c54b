import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { JobQueue } from '@leerruimte/api-core';
import { ContentImporter, readContent } from '@leerruimte/api-learning';
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
        await query(
          `INSERT INTO lesson_completion (user_id, lesson_id, completed_at) VALUES ($1, $2, $3)
           ON CONFLICT DO NOTHING`,
          [userId, lesson.id, at],
        );
        const exists: unknown[] = await query(
          `SELECT 1 FROM lesson_completion WHERE user_id = $1 AND lesson_id = $2 AND completed_at = $3`,
          [userId, lesson.id, at],
        );
        if (exists.length === 0) continue;
        const key = `${userId}${lesson.id}`;
        event({
          teams: teamsOf(userId),
          userId,
          family: 'learning',
          figure: 'learning_minutes',
          amount: lesson.minutes,
          key,
          at,
        });
      }
      for (const moduleId of [...new Set(lessons.map((lesson) => lesson.module_id))]) {
        if (!random.chance(0.5)) continue;
        const started = random.moment(...months);
        const completed = random.chance(0.4) ? random.moment(...months) : null;
        const inserted: unknown[] = await query(
          `INSERT INTO module_enrolment (user_id, module_id, started_at, last_opened_at, completed_at)
           VALUES ($1, $2, $3, $3, $4) ON CONFLICT DO NOTHING RETURNING 1`,
          [userId, moduleId, started, completed],
        );
        if (inserted.length === 0) continue;
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
      const [{ id: momentId }] = await query(
        `INSERT INTO reflection_moment (team_id, question, schedule, open_days, reminder_days, status)
         VALUES ($1, 'Wat leerde je?', '{}', 3, '{}', 'ended') RETURNING id`,
        [team.id],
      );
      for (let occurrence = 0; occurrence < 6; occurrence++) {
        const at = random.moment(...months);
        const [{ id: occurrenceId }] = await query(
          `INSERT INTO reflection_occurrence (moment_id, planned_at, delivered_at, closes_at, question)
           VALUES ($1, $2, $2, $2, 'Wat leerde je?') RETURNING id`,
          [momentId, new Date(at.getTime() + occurrence)],
        );
        for (const userId of members) {
          if (!random.chance(0.8)) continue;
          const [{ id }] = await query(
            `INSERT INTO reflection_delivery (occurrence_id, user_id, channel) VALUES ($1, $2, 'in_app') RETURNING id`,
            [occurrenceId, userId],
          );
          event({
            team: team.id,
            userId,
            family: 'reflection',
            figure: 'prompts_asked',
            amount: 1,
            key: id,
            at,
          });
          if (random.chance(0.6)) {
            const [answer] = await query(
              `INSERT INTO reflection_answer (occurrence_id, user_id, answer, shared) VALUES ($1, $2, 'Iets', false) RETURNING id`,
              [occurrenceId, userId],
            );
            event({
              team: team.id,
              userId,
              family: 'reflection',
              figure: 'prompts_answered',
              amount: 1,
              key: answer.id,
              at,
            });
          }
        }
      }
      for (let item = 0; item < 6; item++) {
        const author = random.pick(members);
        const asked = random.moment(...months);
        const discussed = random.chance(0.5) ? random.moment(...months) : null;
        const [{ id: questionId }] = await query(
          `INSERT INTO why_question (team_id, author_id, question, theme, status, created_at, discussed_at)
           VALUES ($1, $2, 'Waarom?', 'aanpak', $3, $4, $5) RETURNING id`,
          [team.id, author, discussed ? 'discussed' : 'open', asked, discussed],
        );
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
        const [{ id: experimentId }] = await query(
          `INSERT INTO experiment (team_id, author_id, title, situation, intended_effect, what_we_try,
             prediction, how_we_know, measure_name, roles, status, status_changed_at, evaluated_at,
             evaluated_by_id, why_question_id, created_at)
           VALUES ($1, $2, 'Proef', '', 'Beter', 'Anders', '', '', '', '', $3, $4, $5, $6, $7, $8)
           RETURNING id`,
          [
            team.id,
            author,
            decision === 'dropped' ? 'stopped' : decision,
            evaluated ?? started,
            evaluated,
            evaluated ? evaluator : null,
            random.chance(0.5) ? questionId : null,
            started,
          ],
        );
        const [{ why_question_id: fromQuestion }] = await query(
          `SELECT why_question_id FROM experiment WHERE id = $1`,
          [experimentId],
        );
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
      const extra: string[] = [];
      for (let index = 0; index < 5; index++) {
        const [{ id }] = await query(
          `INSERT INTO app_user (email, name, password_hash) VALUES ($1, $2, '') RETURNING id`,
          [`lid${index}@test.test`, `Lid ${index}`],
        );
        extra.push(id);
        const teamNames = index === 0 ? ['Noord', 'Zuid'] : [index % 2 ? 'Noord' : 'Zuid'];
        await query(
          `INSERT INTO team_membership (user_id, team_id, role)
           SELECT $1, id, 'professional' FROM team WHERE name = ANY($2::text[])`,
          [id, teamNames],
        );
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
