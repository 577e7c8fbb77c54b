import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { PersonalData, type PersonalDataSource } from '@leerruimte/api-core';
import { type Sql, selectRows } from '@leerruimte/api-infrastructure';
import { enrolmentStates } from '@leerruimte/shared-contracts';

/* The rows of a person's data export, their columns named as the export shows them. */

const enrolmentRow = z.object({
  training: z.string(),
  team: z.string(),
  date: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  state: z.enum(enrolmentStates),
  attendedMinutes: z.number().nullable(),
  checkedInAt: z.date().nullable(),
  /** Each change of the enrolment: to what, when, and whether they made it themselves. */
  history: z.array(
    z.object({ state: z.enum(enrolmentStates), at: z.string(), byYou: z.boolean() }),
  ),
});

function enrolmentsOf(sql: Sql, userId: string) {
  return selectRows(
    sql,
    enrolmentRow,
    `SELECT t.title AS training, tm.name AS team, s.date::text AS date,
            to_char(s.start_time, 'HH24:MI') AS "startTime",
            to_char(s.end_time, 'HH24:MI') AS "endTime", e.state,
            e.attended_minutes AS "attendedMinutes", e.checked_in_at AS "checkedInAt",
            COALESCE((SELECT json_agg(json_build_object(
                               'state', ev.state, 'at', ev.at, 'byYou', ev.by_id = e.user_id)
                             ORDER BY ev.at)
                        FROM training_enrolment_event ev WHERE ev.enrolment_id = e.id), '[]')
              AS history
       FROM training_enrolment e
       JOIN training_session s ON s.id = e.session_id
       JOIN training t ON t.id = s.training_id
       JOIN team tm ON tm.id = t.team_id
      WHERE e.user_id = $1
      ORDER BY s.starts_at`,
    [userId],
  );
}

const givenRow = z.object({ training: z.string(), team: z.string() });

function trainingsGivenBy(sql: Sql, userId: string) {
  return selectRows(
    sql,
    givenRow,
    `SELECT t.title AS training, tm.name AS team
       FROM training_trainer tt
       JOIN training t ON t.id = tt.training_id
       JOIN team tm ON tm.id = t.team_id
      WHERE tt.user_id = $1
      ORDER BY t.created_at`,
    [userId],
  );
}

/**
 * The trainings part of a person's data export: their enrolments with the history of each and
 * the attendance registered, and the trainings they give. Evaluations are anonymous: nothing
 * links them to a person, so they are not in it.
 */
@PersonalData({ section: 'trainings' })
@Injectable()
export class TrainingsPersonalData implements PersonalDataSource {
  constructor(private readonly dataSource: DataSource) {}

  async personalData(userId: string): Promise<Record<string, unknown>> {
    const [enrolments, trainingsGiven] = await Promise.all([
      enrolmentsOf(this.dataSource, userId),
      trainingsGivenBy(this.dataSource, userId),
    ]);
    return { enrolments, trainingsGiven };
  }
}
