import { z } from 'zod';
import { type Sql, selectRow, selectRows } from '@leerruimte/api-infrastructure';
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
  template_slug: z.string().nullable(),
});
export type TrainingRow = z.infer<typeof trainingRow>;

/** The team's trainings, or one of them. */
export function trainingsOf(sql: Sql, teamId: string, trainingId: string | null = null) {
  return selectRows(
    sql,
    trainingRow,
    `SELECT id, team_id, title, description, trainers, register, accreditation_number, points,
            cancel_hours_before, self_enrolment, template_slug
       FROM training
      WHERE team_id = $1 AND ($2::uuid IS NULL OR id = $2)`,
    [teamId, trainingId],
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
