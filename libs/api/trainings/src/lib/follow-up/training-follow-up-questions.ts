import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { type FollowUpMoment, FollowUpMomentSource, MomentSubject } from '@leerruimte/api-core';
import { selectRows } from '@leerruimte/api-infrastructure';
import { FOLLOW_UP_DATE } from '../planning/trainings.queries';

/** A follow-up whose day passed longer ago than this is not asked any more: it would be stale. */
const STALE_AFTER_DAYS = 7;

const dueRow = z.object({
  training_id: z.string(),
  team_id: z.string(),
  planned_by_id: z.string().nullable(),
  question: z.string(),
  privacy_findings: z.array(z.string()).nullable(),
  privacy_confirmed_at: z.date().nullable(),
  date: z.string(),
  member_ids: z.array(z.string()),
});

/**
 * A training's follow-up question, as reflection asks it: once every register of the training
 * is settled (a day after its last session, when the unmarked count as absent), for the team's
 * members who attended any of its sessions, or part of one.
 */
@Injectable()
export class TrainingFollowUpQuestions {
  constructor(private readonly dataSource: DataSource) {}

  @FollowUpMomentSource()
  async due(now: Date): Promise<FollowUpMoment[]> {
    const today = DateTime.fromJSDate(now, { zone: 'Europe/Amsterdam' }).toISODate() as string;
    const rows = await selectRows(
      this.dataSource,
      dueRow,
      `SELECT t.id AS training_id, t.team_id, t.planned_by_id, t.follow_up_question AS question,
              t.follow_up_privacy_findings AS privacy_findings,
              t.follow_up_privacy_confirmed_at AS privacy_confirmed_at,
              to_char(${FOLLOW_UP_DATE}, 'YYYY-MM-DD') AS date,
              array_agg(DISTINCT e.user_id) AS member_ids
         FROM training t
         JOIN training_session s ON s.training_id = t.id AND s.cancelled_at IS NULL
         JOIN training_enrolment e
           ON e.session_id = s.id AND e.state IN ('attended', 'partly_attended')
         JOIN team_membership m ON m.team_id = t.team_id AND m.user_id = e.user_id
        WHERE t.follow_up_question IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM training_session open
                           WHERE open.training_id = t.id AND open.cancelled_at IS NULL
                             AND open.ends_at > $1::timestamptz - interval '1 day')
          AND ${FOLLOW_UP_DATE} >= $2::date - $3::int
        GROUP BY t.id`,
      [now, today, STALE_AFTER_DAYS],
    );
    return rows.map((row) => ({
      trainingId: row.training_id,
      teamId: row.team_id,
      plannedById: row.planned_by_id,
      question: row.question,
      privacyFindings: row.privacy_findings,
      privacyConfirmedAt: row.privacy_confirmed_at,
      memberIds: row.member_ids,
      date: row.date,
    }));
  }

  /** The team's trainings a reflection moment follows up, by id. */
  @MomentSubject('training')
  async titles(teamId: string, ids: readonly string[]): Promise<Map<string, string>> {
    const rows = await selectRows(
      this.dataSource,
      z.object({ key: z.string(), title: z.string() }),
      `SELECT id AS key, title FROM training WHERE id = ANY($1::uuid[]) AND team_id = $2`,
      [ids, teamId],
    );
    return new Map(rows.map((row) => [row.key, row.title]));
  }
}
