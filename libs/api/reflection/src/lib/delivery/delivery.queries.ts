import { z } from 'zod';
import { type Sql, exists, selectRow, selectRows } from '@leerruimte/api-infrastructure';

const userIdRow = z.object({ user_id: z.string() });

/** Whether the moment's occurrence planned at this time has happened. */
export function occurrenceHappened(sql: Sql, momentId: string, plannedAt: Date) {
  return exists(
    sql,
    `SELECT 1 FROM reflection_occurrence WHERE moment_id = $1 AND planned_at = $2`,
    [momentId, plannedAt],
  );
}

/** When the moment's latest occurrence was planned; null when it never had one. */
export async function lastPlannedAt(sql: Sql, momentId: string): Promise<Date | null> {
  const last = await selectRow(
    sql,
    z.object({ planned_at: z.date().nullable() }),
    `SELECT max(planned_at) AS planned_at FROM reflection_occurrence WHERE moment_id = $1`,
    [momentId],
  );
  return last?.planned_at ?? null;
}

/** The name of a team that exists. */
export async function teamNameOf(sql: Sql, teamId: string): Promise<string> {
  const [team] = await selectRows(
    sql,
    z.object({ name: z.string() }),
    `SELECT name FROM team WHERE id = $1`,
    [teamId],
  );
  return team.name;
}

export interface OccurrenceToCreate {
  momentId: string;
  plannedAt: Date;
  deliveredAt: Date;
  closesAt: Date;
  question: string;
}

/**
 * The moment's occurrence at this planned time, made now unless it was made already (by a run
 * before this one): its id either way.
 */
export async function createOccurrence(sql: Sql, occurrence: OccurrenceToCreate): Promise<string> {
  await sql.query(
    `INSERT INTO reflection_occurrence (moment_id, planned_at, delivered_at, closes_at, question)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (moment_id, planned_at) DO NOTHING`,
    [
      occurrence.momentId,
      occurrence.plannedAt,
      occurrence.deliveredAt,
      occurrence.closesAt,
      occurrence.question,
    ],
  );
  const [created] = await selectRows(
    sql,
    z.object({ id: z.string() }),
    `SELECT id FROM reflection_occurrence WHERE moment_id = $1 AND planned_at = $2`,
    [occurrence.momentId, occurrence.plannedAt],
  );
  return created.id;
}

/**
 * In-app deliveries of the occurrence to the team's members (or these of them): the people
 * who did not have it yet.
 */
export async function deliverInApp(
  sql: Sql,
  occurrenceId: string,
  teamId: string,
  memberIds: string[] | null,
): Promise<string[]> {
  const delivered = await selectRows(
    sql,
    userIdRow,
    `INSERT INTO reflection_delivery (occurrence_id, user_id, channel)
     SELECT $1, m.user_id, 'in_app' FROM team_membership m
      WHERE m.team_id = $2 AND ($3::uuid[] IS NULL OR m.user_id = ANY ($3::uuid[]))
     ON CONFLICT (occurrence_id, user_id, channel) DO NOTHING
     RETURNING user_id`,
    [occurrenceId, teamId, memberIds],
  );
  return delivered.map((row) => row.user_id);
}

/** The people the occurrence was sent to in the app. */
export async function inAppRecipients(sql: Sql, occurrenceId: string): Promise<string[]> {
  const delivered = await selectRows(
    sql,
    userIdRow,
    `SELECT user_id FROM reflection_delivery WHERE occurrence_id = $1 AND channel = 'in_app'`,
    [occurrenceId],
  );
  return delivered.map((row) => row.user_id);
}

/** What a prompt's mail says: the question, and the team's name. */
export function occurrenceToMail(sql: Sql, occurrenceId: string) {
  return selectRow(
    sql,
    z.object({ question: z.string(), team_name: z.string() }),
    `SELECT o.question, t.name AS team_name FROM reflection_occurrence o
       JOIN reflection_moment m ON m.id = o.moment_id JOIN team t ON t.id = m.team_id
      WHERE o.id = $1`,
    [occurrenceId],
  );
}

/** What a reminder needs of its occurrence: the question, when it closes, the team, the status. */
export function occurrenceToRemind(sql: Sql, occurrenceId: string) {
  return selectRow(
    sql,
    z.object({
      id: z.string(),
      question: z.string(),
      closes_at: z.date(),
      team_name: z.string(),
      status: z.string(),
    }),
    `SELECT o.id, o.question, o.closes_at, t.name AS team_name, m.status
       FROM reflection_occurrence o
       JOIN reflection_moment m ON m.id = o.moment_id
       JOIN team t ON t.id = m.team_id
      WHERE o.id = $1`,
    [occurrenceId],
  );
}

/**
 * Deliveries on this reminder's channel to who was sent the occurrence in the app and has not
 * answered: the people who did not have this reminder yet.
 */
export async function deliverReminder(
  sql: Sql,
  occurrenceId: string,
  channel: string,
): Promise<string[]> {
  const rows = await selectRows(
    sql,
    userIdRow,
    `INSERT INTO reflection_delivery (occurrence_id, user_id, channel)
     SELECT d.occurrence_id, d.user_id, $2 FROM reflection_delivery d
      WHERE d.occurrence_id = $1 AND d.channel = 'in_app'
        AND NOT EXISTS (SELECT 1 FROM reflection_answer a
                         WHERE a.occurrence_id = d.occurrence_id AND a.user_id = d.user_id)
     ON CONFLICT (occurrence_id, user_id, channel) DO NOTHING
     RETURNING user_id`,
    [occurrenceId, channel],
  );
  return rows.map((row) => row.user_id);
}

/** Deliveries on this mail channel to these people: those who did not have one yet. */
export async function deliverByMail(
  sql: Sql,
  occurrenceId: string,
  userIds: string[],
  channel: string,
): Promise<string[]> {
  const inserted = await selectRows(
    sql,
    userIdRow,
    `INSERT INTO reflection_delivery (occurrence_id, user_id, channel)
     SELECT $1, id, $3 FROM unnest($2::uuid[]) AS id
     ON CONFLICT (occurrence_id, user_id, channel) DO NOTHING
     RETURNING user_id`,
    [occurrenceId, userIds, channel],
  );
  return inserted.map((row) => row.user_id);
}
