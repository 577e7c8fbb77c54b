import { z } from 'zod';
import { type Sql, selectRows } from '@leerruimte/api-infrastructure';
import type { DueReminder } from './due-reminder-timing';

const recordedReminderRow = z.object({
  assignment_id: z.string(),
  user_id: z.string(),
  slug: z.string(),
  title: z.string(),
  team_name: z.string(),
  due_date: z.string(),
});

/**
 * Records a reminder for each assignee not yet reminded of an assignment due on one of the
 * dates (made before its reminder time, not completed, in a team they are still in) and
 * returns only those recorded now, by assignment.
 */
export function recordDueReminders(sql: Sql, due: readonly DueReminder[]) {
  return selectRows(
    sql,
    recordedReminderRow,
    `WITH due (due_date, remind_at) AS (
           SELECT * FROM unnest($1::date[], $2::timestamptz[])
         ), reminded AS (
           INSERT INTO assignment_reminder (assignment_id, user_id, due_date)
           SELECT a.id, am.user_id, a.due_date
             FROM due
             JOIN module_assignment a ON a.due_date = due.due_date AND a.created_at < due.remind_at
             JOIN module_assignment_member am ON am.assignment_id = a.id
             JOIN team_membership tm ON tm.team_id = a.team_id AND tm.user_id = am.user_id
             JOIN learning_module m ON m.id = a.module_id AND m.removed_at IS NULL
             LEFT JOIN module_enrolment e ON e.user_id = am.user_id AND e.module_id = a.module_id
            WHERE e.completed_at IS NULL
           ON CONFLICT DO NOTHING
           RETURNING assignment_id, user_id, due_date
         )
         SELECT r.assignment_id, r.user_id, m.slug, m.title, t.name AS team_name,
                r.due_date::text AS due_date
           FROM reminded r
           JOIN module_assignment a ON a.id = r.assignment_id
           JOIN learning_module m ON m.id = a.module_id
           JOIN team t ON t.id = a.team_id
          ORDER BY r.assignment_id`,
    [due.map((reminder) => reminder.dueDate), due.map((reminder) => reminder.remindAt)],
  );
}
