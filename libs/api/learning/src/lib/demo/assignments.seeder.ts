import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { DemoSeed, type DemoSeeder, selectRow, selectRows } from '@leerruimte/api-infrastructure';

interface DemoAssignment {
  team: string;
  assignedBy: string;
  moduleSlug: string;
  /** Days from today (Europe/Amsterdam); negative is overdue, null is no date. */
  dueInDays: number | null;
  /** Only these people; otherwise everyone in the team. */
  members?: string[];
}

/** Overdue, coming and undated assignments, so Vandaag has something to ask of everyone. */
const assignments: DemoAssignment[] = [
  {
    team: 'Wijkteam Noord',
    assignedBy: 'samira.elamrani@voorbeeldstad.test',
    moduleSlug: 'bewust-leren',
    dueInDays: -3,
  },
  {
    team: 'Wijkteam Noord',
    assignedBy: 'samira.elamrani@voorbeeldstad.test',
    moduleSlug: 'leren-van-experimenten',
    dueInDays: 12,
    members: ['fatma.yilmaz@voorbeeldstad.test', 'joost.visser@voorbeeldstad.test'],
  },
  {
    team: 'Wijkteam Centrum',
    assignedBy: 'pieter.devries@voorbeeldstad.test',
    moduleSlug: 'interprofessioneel-werken',
    dueInDays: 21,
  },
  {
    team: 'Wijkteam Oost',
    assignedBy: 'daan.jansen@voorbeeldstad.test',
    moduleSlug: 'ruimte-voor-ontwikkeling',
    dueInDays: null,
  },
];

/** Lessons in progress for who had none, so they can continue where they were. */
const inProgress = [
  { email: 'lotte.bakker@voorbeeldstad.test', moduleSlug: 'professionele-speelruimte' },
  { email: 'daan.jansen@voorbeeldstad.test', moduleSlug: 'aan-de-knoppen' },
];

/**
 * Team leads' assignments in Noord, Centrum and Oost, and a first lesson done for Lotte and
 * Daan. A seeder of its own, so databases seeded before Vandaag get it too.
 */
@DemoSeed({ name: 'learning: assignments for Vandaag', order: 25 })
@Injectable()
export class AssignmentsSeeder implements DemoSeeder {
  async seed(manager: EntityManager): Promise<void> {
    const today = DateTime.now().setZone('Europe/Amsterdam').startOf('day');
    for (const assignment of assignments) {
      const row = await selectRow(
        manager,
        z.object({ team_id: z.string(), module_id: z.string(), assigner_id: z.string() }),
        `SELECT t.id AS team_id, m.id AS module_id, u.id AS assigner_id
           FROM team t, learning_module m, app_user u
          WHERE t.name = $1 AND m.slug = $2 AND u.email = $3`,
        [assignment.team, assignment.moduleSlug, assignment.assignedBy],
      );
      if (!row) {
        throw new Error(
          `Demo assignments need ${assignment.team}, ${assignment.assignedBy} and module ` +
            `${assignment.moduleSlug}: seed the identity demo data and import the content first.`,
        );
      }
      const dueDate =
        assignment.dueInDays === null ? null : today.plus({ days: assignment.dueInDays });
      const [{ id }] = await selectRows(
        manager,
        z.object({ id: z.string() }),
        `INSERT INTO module_assignment
           (team_id, module_id, assigned_by_id, due_date, whole_team, created_at)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [
          row.team_id,
          row.module_id,
          row.assigner_id,
          dueDate?.toISODate() ?? null,
          !assignment.members,
          today.minus({ days: 18 }).set({ hour: 9 }).toJSDate(),
        ],
      );
      await manager.query(
        `INSERT INTO module_assignment_member (assignment_id, user_id)
         SELECT $1, m.user_id FROM team_membership m JOIN app_user u ON u.id = m.user_id
          WHERE m.team_id = $2 AND ($3::text[] IS NULL OR u.email = ANY ($3::text[]))`,
        [id, row.team_id, assignment.members ?? null],
      );
    }
    for (const { email, moduleSlug } of inProgress) {
      const [first, second] = await selectRows(
        manager,
        z.object({ user_id: z.string(), module_id: z.string(), lesson_id: z.string() }),
        `SELECT u.id AS user_id, m.id AS module_id, l.id AS lesson_id
           FROM app_user u, learning_module m JOIN lesson l ON l.module_id = m.id
          WHERE u.email = $1 AND m.slug = $2 AND l.removed_at IS NULL
          ORDER BY l.position LIMIT 2`,
        [email, moduleSlug],
      );
      if (!second) throw new Error(`Demo progress needs ${email} and module ${moduleSlug}`);
      // A demo user may have started the module already: their own progress stays.
      const started = await selectRows(
        manager,
        z.object({}),
        `INSERT INTO module_enrolment
           (user_id, module_id, started_at, last_lesson_id, last_opened_at)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING 1`,
        [
          first.user_id,
          first.module_id,
          today.minus({ days: 6 }).set({ hour: 20 }).toJSDate(),
          second.lesson_id,
          today.minus({ days: 1 }).set({ hour: 21 }).toJSDate(),
        ],
      );
      if (started.length > 0) {
        await manager.query(
          `INSERT INTO lesson_completion (user_id, lesson_id, completed_at) VALUES ($1, $2, $3)`,
          [first.user_id, first.lesson_id, today.minus({ days: 6 }).set({ hour: 21 }).toJSDate()],
        );
      }
    }
  }
}
