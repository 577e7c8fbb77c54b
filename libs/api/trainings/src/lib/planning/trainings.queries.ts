import { z } from 'zod';
import { type Sql, exists, selectRow, selectRows } from '@leerruimte/api-infrastructure';
import { accreditationRegisters, enrolmentStates } from '@leerruimte/shared-contracts';

const trainingRow = z.object({
  id: z.string(),
  team_id: z.string(),
  title: z.string(),
  description: z.string(),
  trainers: z.array(z.string()),
  register: z.enum(accreditationRegisters).nullable(),
  accreditation_number: z.string().nullable(),
  points: z.coerce.number().nullable(),
  cancel_hours_before: z.number(),
  self_enrolment: z.boolean(),
  requires_approval: z.boolean(),
  template_slug: z.string().nullable(),
  preparation_module: z.object({ slug: z.string(), title: z.string() }).nullable(),
  follow_up_module: z.object({ slug: z.string(), title: z.string() }).nullable(),
  follow_up_question: z.string().nullable(),
  follow_up_days: z.number().nullable(),
  follow_up_date: z.string().nullable(),
  /** The names of the team members who give it, by name. */
  trainer_names: z.array(z.string()),
  you_train: z.boolean(),
});
export type TrainingRow = z.infer<typeof trainingRow>;

/**
 * The day a training's follow-up question goes out (a date, Amsterdam), for a training `t`: so
 * many days after its last session that was not called off.
 */
export const FOLLOW_UP_DATE = `((SELECT max(fs.date) FROM training_session fs
                                 WHERE fs.training_id = t.id AND fs.cancelled_at IS NULL)
                               + t.follow_up_days)`;

/** The team's trainings, or one of them, with whether the viewer gives it. */
export function trainingsOf(
  sql: Sql,
  teamId: string,
  viewerId: string,
  trainingId: string | null = null,
) {
  return selectRows(
    sql,
    trainingRow,
    `SELECT t.id, t.team_id, t.title, t.description, t.trainers, t.register,
            t.accreditation_number, t.points, t.cancel_hours_before, t.self_enrolment,
            t.requires_approval, t.template_slug, t.preparation_module, t.follow_up_module,
            t.follow_up_question,
            t.follow_up_days, to_char(${FOLLOW_UP_DATE}, 'YYYY-MM-DD') AS follow_up_date,
            COALESCE(array_agg(u.name ORDER BY u.name) FILTER (WHERE u.id IS NOT NULL), '{}')
              AS trainer_names,
            COALESCE(bool_or(tt.user_id = $3), false) AS you_train
       FROM training t
       LEFT JOIN training_trainer tt ON tt.training_id = t.id
       LEFT JOIN app_user u ON u.id = tt.user_id
      WHERE t.team_id = $1 AND ($2::uuid IS NULL OR t.id = $2)
      GROUP BY t.id`,
    [teamId, trainingId, viewerId],
  );
}

/** Whether this person gives the training of this session of the team. */
export function givesSession(sql: Sql, userId: string, teamId: string, sessionId: string) {
  return exists(
    sql,
    `SELECT 1 FROM training_trainer tt
       JOIN training_session s ON s.training_id = tt.training_id
       JOIN training t ON t.id = s.training_id
      WHERE tt.user_id = $1 AND t.team_id = $2 AND s.id = $3`,
    [userId, teamId, sessionId],
  );
}

/** Whether this person gives a training of the team planned from this template. */
export function givesTemplate(sql: Sql, userId: string, teamId: string, templateSlug: string) {
  return exists(
    sql,
    `SELECT 1 FROM training_trainer tt JOIN training t ON t.id = tt.training_id
      WHERE tt.user_id = $1 AND t.team_id = $2 AND t.template_slug = $3`,
    [userId, teamId, templateSlug],
  );
}

const sessionRow = z.object({
  id: z.string(),
  training_id: z.string(),
  date: z.string(),
  start_time: z.string(),
  end_time: z.string(),
  break_minutes: z.number(),
  place: z.string(),
  online_url: z.string().nullable(),
  capacity: z.number(),
  booked: z.number(),
  starts_at: z.date(),
  ends_at: z.date(),
  called_off: z.boolean(),
  register_locked: z.boolean(),
  guide: z.string().nullable(),
  waiting: z.number(),
  my_state: z.enum(enrolmentStates).nullable(),
  my_minutes: z.number().nullable(),
  my_evaluated: z.boolean().nullable(),
  my_checked_in: z.boolean().nullable(),
  queue_place: z.number().nullable(),
});
export type SessionRow = z.infer<typeof sessionRow>;

/**
 * The sessions of these trainings in time order, each with how many wait, and the viewer's own
 * enrolment with their place in the queue (1 for the first in line).
 */
export function sessionsOf(sql: Sql, trainingIds: string[], viewerId: string) {
  return selectRows(
    sql,
    sessionRow,
    `SELECT s.id, s.training_id, s.date::text AS date,
            to_char(s.start_time, 'HH24:MI') AS start_time,
            to_char(s.end_time, 'HH24:MI') AS end_time,
            s.break_minutes, s.place, s.online_url, s.capacity, s.booked, s.starts_at,
            s.ends_at, s.cancelled_at IS NOT NULL AS called_off,
            s.register_locked_at IS NOT NULL AS register_locked, s.guide,
            (SELECT count(*)::int FROM training_enrolment w
              WHERE w.session_id = s.id AND w.state = 'waiting') AS waiting,
            e.state AS my_state, e.attended_minutes AS my_minutes, e.evaluated AS my_evaluated,
            e.checked_in_at IS NOT NULL AS my_checked_in,
            CASE WHEN e.state = 'waiting' THEN
              (SELECT count(*)::int FROM training_enrolment w
                WHERE w.session_id = s.id AND w.state = 'waiting'
                  AND (w.queued_at, w.id) <= (e.queued_at, e.id))
            END AS queue_place
       FROM training_session s
       LEFT JOIN training_enrolment e ON e.session_id = s.id AND e.user_id = $2
      WHERE s.training_id = ANY($1::uuid[])
      ORDER BY s.starts_at, s.id`,
    [trainingIds, viewerId],
  );
}

const teamSessionRow = z.object({
  training_id: z.string(),
  organisation_id: z.string(),
  starts_at: z.date(),
  ends_at: z.date(),
  start_time: z.string(),
  end_time: z.string(),
  break_minutes: z.number(),
  called_off: z.boolean(),
  register_locked_at: z.date().nullable(),
  check_in_secret: z.string().nullable(),
});
export type TeamSessionRow = z.infer<typeof teamSessionRow>;

/** One session of the team's trainings, with what its register and check-in go by. */
export function teamSession(sql: Sql, teamId: string, sessionId: string) {
  return selectRow(
    sql,
    teamSessionRow,
    `SELECT s.training_id, tm.organisation_id, s.starts_at, s.ends_at,
            to_char(s.start_time, 'HH24:MI') AS start_time,
            to_char(s.end_time, 'HH24:MI') AS end_time, s.break_minutes,
            s.cancelled_at IS NOT NULL AS called_off, s.register_locked_at, s.check_in_secret
       FROM training_session s
       JOIN training t ON t.id = s.training_id
       JOIN team tm ON tm.id = t.team_id
      WHERE s.id = $1 AND t.team_id = $2`,
    [sessionId, teamId],
  );
}
