import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import {
  AgendaSource,
  AgendaSourceName,
  type AgendaWindow,
  type TodayViewer,
  memberTeamIds,
  teamNameIn,
} from '@leerruimte/api-core';
import { selectRows } from '@leerruimte/api-infrastructure';
import type { AgendaAssignmentDue } from '@leerruimte/shared-contracts';
import { appPaths, link } from '@leerruimte/shared-paths';
import { lessonCountColumns, lessonCounts } from './learning-today';

const dueRow = z.object({
  id: z.string(),
  team_id: z.string(),
  due_date: z.string(),
  slug: z.string(),
  title: z.string(),
  ...lessonCountColumns,
});

/** Learning's part of the agenda: the due dates of what my teams asked me to follow. */
@Injectable()
export class LearningAgenda {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Assigned to me in a team I am in now, not completed, of a module that still exists, due on
   * one of the agenda's days (an overdue one is on Vandaag, not in the agenda).
   */
  @AgendaSource(AgendaSourceName.AssignmentsDue)
  async dueDates(viewer: TodayViewer, window: AgendaWindow): Promise<AgendaAssignmentDue[]> {
    const teamIds = memberTeamIds(viewer);
    if (teamIds.length === 0) return [];
    const rows = await selectRows(
      this.dataSource,
      dueRow,
      `SELECT a.id, a.team_id, a.due_date::text AS due_date, m.slug, m.title,
              ${lessonCounts('m.id')}
         FROM module_assignment_member am
         JOIN module_assignment a ON a.id = am.assignment_id
         JOIN learning_module m ON m.id = a.module_id AND m.removed_at IS NULL
         LEFT JOIN module_enrolment e ON e.user_id = am.user_id AND e.module_id = a.module_id
        WHERE am.user_id = $1 AND a.team_id = ANY ($2::uuid[]) AND e.completed_at IS NULL
          AND a.due_date BETWEEN $3 AND $4`,
      [viewer.userId, teamIds, window.firstDay, window.lastDay],
    );
    return rows.map((row) => ({
      kind: 'assignment_due',
      assignmentId: row.id,
      title: row.title,
      dueDate: row.due_date,
      completedLessons: row.completed_lessons,
      lessonCount: row.lesson_count,
      teamId: row.team_id,
      teamName: teamNameIn(viewer, row.team_id),
      link: link(appPaths.module, { moduleSlug: row.slug }),
    }));
  }
}
