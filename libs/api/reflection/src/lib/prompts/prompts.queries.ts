import { z } from 'zod';
import { type Sql, exists, selectRow, selectRows } from '@leerruimte/api-infrastructure';

const promptKind = z.enum(['question', 'pulse']);

const myPromptRow = z.object({
  id: z.string(),
  kind: promptKind,
  question: z.string(),
  team_name: z.string(),
  delivered_at: z.date(),
  closes_at: z.date(),
  answer: z.string().nullable(),
  shared: z.boolean().nullable(),
  updated_at: z.date().nullable(),
});

/** The person's in-app prompts, newest first, with their own answer if they gave one. */
export function myPrompts(sql: Sql, userId: string) {
  return selectRows(
    sql,
    myPromptRow,
    `SELECT o.id, m.kind, o.question, t.name AS team_name, o.delivered_at, o.closes_at,
            a.answer, a.shared, a.updated_at
       FROM reflection_delivery d
       JOIN reflection_occurrence o ON o.id = d.occurrence_id
       JOIN reflection_moment m ON m.id = o.moment_id
       JOIN team t ON t.id = m.team_id
       LEFT JOIN reflection_answer a ON a.occurrence_id = o.id AND a.user_id = d.user_id
      WHERE d.user_id = $1 AND d.channel = 'in_app'
      ORDER BY o.delivered_at DESC
      LIMIT 50`,
    [userId],
  );
}

/** The occurrence as sent in the app to this person: when it closes, and its kind. */
export function inAppDelivery(sql: Sql, occurrenceId: string, userId: string) {
  return selectRow(
    sql,
    z.object({ closes_at: z.date(), kind: promptKind }),
    `SELECT o.closes_at, m.kind FROM reflection_delivery d
       JOIN reflection_occurrence o ON o.id = d.occurrence_id
       JOIN reflection_moment m ON m.id = o.moment_id
      WHERE d.occurrence_id = $1 AND d.user_id = $2 AND d.channel = 'in_app'`,
    [occurrenceId, userId],
  );
}

export interface AnswerToSave {
  occurrenceId: string;
  userId: string;
  answer: string;
  shared: boolean;
  privacyConfirmedAt: Date | null;
  /** The privacy guard's findings the author confirmed, as JSON. */
  privacyFindings: string | null;
}

/** The person's answer, new or replacing the one they gave before. */
export async function saveAnswer(sql: Sql, answer: AnswerToSave): Promise<void> {
  await sql.query(
    `INSERT INTO reflection_answer
       (occurrence_id, user_id, answer, shared, privacy_confirmed_at, privacy_findings)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (occurrence_id, user_id)
     DO UPDATE SET answer = EXCLUDED.answer, shared = EXCLUDED.shared, updated_at = now(),
                   privacy_confirmed_at = EXCLUDED.privacy_confirmed_at,
                   privacy_findings = EXCLUDED.privacy_findings`,
    [
      answer.occurrenceId,
      answer.userId,
      answer.answer,
      answer.shared,
      answer.privacyConfirmedAt,
      answer.privacyFindings,
    ],
  );
}

/** Records that the person took part in a pulse; false when they already had. */
export function recordPulseTaken(sql: Sql, occurrenceId: string, userId: string) {
  return exists(
    sql,
    `INSERT INTO reflection_answer (occurrence_id, user_id, answer, shared)
     VALUES ($1, $2, '', false) ON CONFLICT (occurrence_id, user_id) DO NOTHING RETURNING 1`,
    [occurrenceId, userId],
  );
}

/** The occurrences of the team's moment, newest first. */
export function momentOccurrences(sql: Sql, teamId: string, momentId: string) {
  return selectRows(
    sql,
    z.object({ id: z.string(), question: z.string(), delivered_at: z.date(), closes_at: z.date() }),
    `SELECT o.id, o.question, o.delivered_at, o.closes_at FROM reflection_occurrence o
       JOIN reflection_moment m ON m.id = o.moment_id
      WHERE m.id = $1 AND m.team_id = $2 ORDER BY o.delivered_at DESC`,
    [momentId, teamId],
  );
}

/** Whether the team has this moment. */
export function teamHasMoment(sql: Sql, teamId: string, momentId: string) {
  return exists(sql, `SELECT 1 FROM reflection_moment WHERE id = $1 AND team_id = $2`, [
    momentId,
    teamId,
  ]);
}

/** Everyone these occurrences were sent to in the app, by name, and whether they answered. */
export function askedPeople(sql: Sql, occurrenceIds: string[]) {
  return selectRows(
    sql,
    z.object({
      occurrence_id: z.string(),
      user_id: z.string(),
      name: z.string(),
      answered: z.boolean(),
    }),
    `SELECT d.occurrence_id, u.id AS user_id, u.name, a.id IS NOT NULL AS answered
       FROM reflection_delivery d JOIN app_user u ON u.id = d.user_id
       LEFT JOIN reflection_answer a ON a.occurrence_id = d.occurrence_id AND a.user_id = u.id
      WHERE d.occurrence_id = ANY ($1::uuid[]) AND d.channel = 'in_app' ORDER BY u.name`,
    [occurrenceIds],
  );
}

/** The answers to these occurrences that their authors shared with the team, oldest first. */
export function sharedAnswers(sql: Sql, occurrenceIds: string[]) {
  return selectRows(
    sql,
    z.object({
      occurrence_id: z.string(),
      name: z.string(),
      answer: z.string(),
      updated_at: z.date(),
    }),
    `SELECT a.occurrence_id, u.name, a.answer, a.updated_at FROM reflection_answer a
       JOIN app_user u ON u.id = a.user_id
      WHERE a.occurrence_id = ANY ($1::uuid[]) AND a.shared ORDER BY a.updated_at`,
    [occurrenceIds],
  );
}
