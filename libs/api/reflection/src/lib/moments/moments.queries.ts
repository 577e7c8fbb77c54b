import { z } from 'zod';
import { type Sql, selectRows } from '@leerruimte/api-infrastructure';
import { storedScheduleSchema } from './stored-schedule';

export const momentRow = z.object({
  id: z.string(),
  kind: z.enum(['question', 'pulse']),
  question: z.string(),
  card_slug: z.string().nullable(),
  module_slug: z.string().nullable(),
  experiment_id: z.string().nullable(),
  why_question_id: z.string().nullable(),
  training_id: z.string().nullable(),
  member_ids: z.array(z.string()).nullable(),
  schedule: storedScheduleSchema,
  open_days: z.number(),
  reminder_days: z.array(z.number()),
  status: z.enum(['active', 'paused', 'ended']),
  created_by_name: z.string().nullable(),
  created_at: z.date(),
});
export type MomentRow = z.infer<typeof momentRow>;

/** One moment or all of the team's, newest first, with who planned it. */
export function momentRows(sql: Sql, teamId: string, momentId?: string): Promise<MomentRow[]> {
  return selectRows(
    sql,
    momentRow,
    `SELECT m.id, m.kind, m.question, m.card_slug, m.module_slug, m.experiment_id,
            m.why_question_id, m.training_id, m.member_ids, m.schedule, m.open_days, m.reminder_days, m.status,
            m.created_at, u.name AS created_by_name
       FROM reflection_moment m
       LEFT JOIN app_user u ON u.id = m.created_by_id
      WHERE m.team_id = $1 AND ($2::uuid IS NULL OR m.id = $2)
      ORDER BY m.created_at DESC`,
    [teamId, momentId ?? null],
  );
}
