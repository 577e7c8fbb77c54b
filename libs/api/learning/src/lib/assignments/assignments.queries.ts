import { z } from 'zod';
import { type Sql, selectRows } from '@leerruimte/api-infrastructure';
import { LESSON_TIME } from '../progress/learning-time';
import { progressRow } from '../catalogue/catalogue.queries';

const memberRow = z.object({ id: z.string(), name: z.string() });

/** The team's current members by name: who an assignment can be given to. */
export function teamMembers(sql: Sql, teamId: string) {
  return selectRows(
    sql,
    memberRow,
    `SELECT u.id, u.name
         FROM team_membership m JOIN app_user u ON u.id = m.user_id
        WHERE m.team_id = $1 ORDER BY u.name`,
    [teamId],
  );
}

export async function teamNameOf(sql: Sql, teamId: string): Promise<string> {
  const [{ team_name }] = await selectRows(
    sql,
    z.object({ team_name: z.string() }),
    `SELECT name AS team_name FROM team WHERE id = $1`,
    [teamId],
  );
  return team_name;
}

const assignmentRow = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  estimated_minutes: z.number(),
  due_date: z.string().nullable(),
  whole_team: z.boolean(),
  assigned_by: z.string().nullable(),
  created_at: z.date(),
  lesson_count: z.number(),
});

/** The team's assignments (or only `onlyId`), newest first. */
export function teamAssignments(sql: Sql, teamId: string, onlyId: string | null) {
  return selectRows(
    sql,
    assignmentRow,
    `SELECT a.id, m.slug, m.title, m.estimated_minutes, a.due_date::text AS due_date,
              a.whole_team, u.name AS assigned_by, a.created_at,
              (SELECT count(*)::int FROM lesson l
                WHERE l.module_id = m.id AND l.removed_at IS NULL) AS lesson_count
         FROM module_assignment a
         JOIN learning_module m ON m.id = a.module_id
         LEFT JOIN app_user u ON u.id = a.assigned_by_id
        WHERE a.team_id = $1 AND ($2::uuid IS NULL OR a.id = $2)
        ORDER BY a.created_at DESC`,
    [teamId, onlyId],
  );
}

const assigneeProgressRow = progressRow.extend({
  assignment_id: z.string(),
  user_id: z.string(),
  name: z.string(),
});

/**
 * Every assignee of these assignments in one query, by name, with their progress. Only people
 * still in the team: a team leader does not follow those who left.
 */
export function assigneesWithProgress(sql: Sql, assignmentIds: string[]) {
  return selectRows(
    sql,
    assigneeProgressRow,
    `SELECT am.assignment_id, u.id AS user_id, u.name,
                (SELECT count(*)::int FROM lesson_completion c JOIN lesson l ON l.id = c.lesson_id
                  WHERE c.user_id = u.id AND l.module_id = a.module_id AND l.removed_at IS NULL)
                  AS completed_lessons,
                e.user_id IS NOT NULL AS enrolled, e.completed_at, last.slug AS last_lesson_slug
           FROM module_assignment_member am
           JOIN module_assignment a ON a.id = am.assignment_id
           JOIN app_user u ON u.id = am.user_id
           JOIN team_membership tm ON tm.user_id = u.id AND tm.team_id = a.team_id
           LEFT JOIN module_enrolment e ON e.user_id = u.id AND e.module_id = a.module_id
           LEFT JOIN lesson last ON last.id = e.last_lesson_id AND last.removed_at IS NULL
          WHERE am.assignment_id = ANY ($1::uuid[])
          ORDER BY u.name`,
    [assignmentIds],
  );
}

const memberMinutesRow = z.object({ user_id: z.string(), name: z.string(), minutes: z.number() });

/** The team's current members by name, with their active learning time in whole minutes. */
export function membersWithMinutes(sql: Sql, teamId: string) {
  return selectRows(
    sql,
    memberMinutesRow,
    `SELECT u.id AS user_id, u.name,
                (SELECT round(coalesce(sum(t.seconds), 0) / 60.0)::int FROM ${LESSON_TIME} t
                  WHERE t.user_id = u.id) AS minutes
           FROM team_membership tm JOIN app_user u ON u.id = tm.user_id
          WHERE tm.team_id = $1 ORDER BY u.name`,
    [teamId],
  );
}

const memberModuleRow = progressRow.extend({
  user_id: z.string(),
  slug: z.string(),
  title: z.string(),
  lesson_count: z.number(),
});

/** The current modules the team's members started, in catalogue order, with their progress. */
export function membersModules(sql: Sql, teamId: string) {
  return selectRows(
    sql,
    memberModuleRow,
    `SELECT e.user_id, m.slug, m.title, true AS enrolled, e.completed_at,
                last.slug AS last_lesson_slug,
                (SELECT count(*)::int FROM lesson l
                  WHERE l.module_id = m.id AND l.removed_at IS NULL) AS lesson_count,
                (SELECT count(*)::int FROM lesson_completion c JOIN lesson l ON l.id = c.lesson_id
                  WHERE c.user_id = e.user_id AND l.module_id = m.id AND l.removed_at IS NULL)
                  AS completed_lessons
           FROM module_enrolment e
           JOIN team_membership tm ON tm.user_id = e.user_id AND tm.team_id = $1
           JOIN learning_module m ON m.id = e.module_id AND m.removed_at IS NULL
           LEFT JOIN lesson last ON last.id = e.last_lesson_id
          ORDER BY m.position`,
    [teamId],
  );
}

const myAssignmentRow = z.object({
  id: z.string(),
  slug: z.string(),
  team_name: z.string(),
  assigned_by: z.string().nullable(),
  due_date: z.string().nullable(),
});

/**
 * What this person was asked to follow in a team they are still in and has not completed, of a
 * module that still exists: soonest due first.
 */
export function openAssignmentsOf(sql: Sql, userId: string) {
  return selectRows(
    sql,
    myAssignmentRow,
    `SELECT a.id, m.slug, t.name AS team_name, u.name AS assigned_by, a.due_date::text AS due_date
         FROM module_assignment_member am
         JOIN module_assignment a ON a.id = am.assignment_id
         JOIN team_membership tm ON tm.team_id = a.team_id AND tm.user_id = am.user_id
         JOIN team t ON t.id = a.team_id
         JOIN learning_module m ON m.id = a.module_id AND m.removed_at IS NULL
         LEFT JOIN app_user u ON u.id = a.assigned_by_id
         LEFT JOIN module_enrolment e ON e.user_id = am.user_id AND e.module_id = a.module_id
        WHERE am.user_id = $1 AND e.completed_at IS NULL
        ORDER BY a.due_date ASC NULLS LAST, a.created_at DESC`,
    [userId],
  );
}
