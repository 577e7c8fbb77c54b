import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import {
  TodaySection,
  TodaySectionName,
  type TodayViewer,
  memberTeamIds,
  teamNameIn,
} from '@leerruimte/api-core';
import { selectRow, selectRows } from '@leerruimte/api-infrastructure';
import type { TodayAssignment, TodayContinue } from '@leerruimte/shared-contracts';

/** What `lessonCounts` selects. */
export const lessonCountColumns = { lesson_count: z.number(), completed_lessons: z.number() };

const assignmentRow = z.object({
  id: z.string(),
  team_id: z.string(),
  due_date: z.string().nullable(),
  slug: z.string(),
  title: z.string(),
  ...lessonCountColumns,
});
export type AssignmentRow = z.infer<typeof assignmentRow>;

const continueRow = z.object({
  module_slug: z.string(),
  module_title: z.string(),
  lesson_slug: z.string(),
  lesson_title: z.string(),
  last_opened_at: z.date(),
  ...lessonCountColumns,
});

/**
 * My assignments as Vandaag lists them: overdue first, then by due date, undated last. Due
 * dates are local dates, so "overdue" is before today in the Netherlands.
 */
export function orderedAssignments(
  rows: readonly AssignmentRow[],
  viewer: TodayViewer,
  today: string,
): TodayAssignment[] {
  const group = (row: AssignmentRow) => (row.due_date === null ? 2 : row.due_date < today ? 0 : 1);
  return [...rows]
    .sort(
      (a, b) =>
        group(a) - group(b) ||
        (a.due_date ?? '').localeCompare(b.due_date ?? '') ||
        a.title.localeCompare(b.title, 'nl') ||
        a.id.localeCompare(b.id),
    )
    .map((row) => ({
      assignmentId: row.id,
      teamName: teamNameIn(viewer, row.team_id),
      dueDate: row.due_date,
      overdue: group(row) === 0,
      module: { slug: row.slug, title: row.title, lessonCount: row.lesson_count },
      completedLessons: row.completed_lessons,
    }));
}

/** Current lessons of a module, and how many of them this person ($1) completed. */
export const lessonCounts = (moduleColumn: string) => `
  (SELECT count(*)::int FROM lesson l
    WHERE l.module_id = ${moduleColumn} AND l.removed_at IS NULL) AS lesson_count,
  (SELECT count(*)::int FROM lesson_completion c JOIN lesson l ON l.id = c.lesson_id
    WHERE c.user_id = $1 AND l.module_id = ${moduleColumn} AND l.removed_at IS NULL)
    AS completed_lessons`;

/** Learning's part of Vandaag: what I was asked to follow, and where I left off. */
@Injectable()
export class LearningToday {
  constructor(private readonly dataSource: DataSource) {}

  /** Assigned in a team I am in now, not completed, of a module that still exists. */
  @TodaySection(TodaySectionName.Assignments)
  async assignments(viewer: TodayViewer, now: Date): Promise<TodayAssignment[]> {
    const teamIds = memberTeamIds(viewer);
    if (teamIds.length === 0) return [];
    const rows = await selectRows(
      this.dataSource,
      assignmentRow,
      `SELECT a.id, a.team_id, a.due_date::text AS due_date, m.slug, m.title,
              ${lessonCounts('m.id')}
         FROM module_assignment_member am
         JOIN module_assignment a ON a.id = am.assignment_id
         JOIN learning_module m ON m.id = a.module_id AND m.removed_at IS NULL
         LEFT JOIN module_enrolment e ON e.user_id = am.user_id AND e.module_id = a.module_id
        WHERE am.user_id = $1 AND a.team_id = ANY ($2::uuid[]) AND e.completed_at IS NULL`,
      [viewer.userId, teamIds],
    );
    const today = DateTime.fromJSDate(now).setZone('Europe/Amsterdam').toISODate() as string;
    return orderedAssignments(rows, viewer, today);
  }

  /** "Verder waar je was": the lesson opened last, in a module I have not completed. */
  @TodaySection(TodaySectionName.ContinueLearning)
  async continueLearning(viewer: TodayViewer): Promise<TodayContinue | null> {
    const row = await selectRow(
      this.dataSource,
      continueRow,
      `SELECT m.slug AS module_slug, m.title AS module_title, l.slug AS lesson_slug,
              l.title AS lesson_title, e.last_opened_at, ${lessonCounts('m.id')}
         FROM module_enrolment e
         JOIN learning_module m ON m.id = e.module_id AND m.removed_at IS NULL
         JOIN lesson l ON l.id = e.last_lesson_id AND l.removed_at IS NULL
        WHERE e.user_id = $1 AND e.completed_at IS NULL
        ORDER BY e.last_opened_at DESC, m.position
        LIMIT 1`,
      [viewer.userId],
    );
    return row
      ? {
          module: { slug: row.module_slug, title: row.module_title },
          lesson: { slug: row.lesson_slug, title: row.lesson_title },
          completedLessons: row.completed_lessons,
          lessonCount: row.lesson_count,
          lastVisitedAt: row.last_opened_at.toISOString(),
        }
      : null;
  }
}
