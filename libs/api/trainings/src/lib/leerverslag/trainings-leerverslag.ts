import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { type LeerverslagContribution, LeerverslagSource } from '@leerruimte/api-core';
import { selectRows } from '@leerruimte/api-infrastructure';
import { accreditationRegisters } from '@leerruimte/shared-contracts';

const attendedRow = z.object({
  date: z.string(),
  title: z.string(),
  minutes: z.number(),
  register: z.enum(accreditationRegisters).nullable(),
  accreditation_number: z.string().nullable(),
  points: z.coerce.number().nullable(),
});

/**
 * The sessions a person attended, wholly or partly, as leerverslag lines with their net minutes.
 * A training's points count once, on its last session, and only when every session of it was
 * attended: registers award points for the whole training.
 */
@Injectable()
export class TrainingsLeerverslag {
  constructor(private readonly dataSource: DataSource) {}

  @LeerverslagSource()
  async attended(userId: string, start: Date, end: Date): Promise<LeerverslagContribution[]> {
    const rows = await selectRows(
      this.dataSource,
      attendedRow,
      `SELECT s.date::text AS date, t.title, e.attended_minutes AS minutes, t.register,
              t.accreditation_number,
              CASE WHEN s.starts_at = (SELECT max(l.starts_at) FROM training_session l
                                        WHERE l.training_id = t.id)
                    AND (SELECT count(*) FROM training_session a WHERE a.training_id = t.id) =
                        (SELECT count(*) FROM training_enrolment m
                           JOIN training_session a ON a.id = m.session_id
                          WHERE a.training_id = t.id AND m.user_id = $1
                            AND m.state IN ('attended', 'partly_attended'))
                   THEN t.points END AS points
         FROM training_enrolment e
         JOIN training_session s ON s.id = e.session_id
         JOIN training t ON t.id = s.training_id
        WHERE e.user_id = $1 AND e.state IN ('attended', 'partly_attended')
          AND s.starts_at >= $2 AND s.starts_at < $3`,
      [userId, start, end],
    );
    return rows.map((row) => ({
      source: 'training',
      date: row.date,
      kind: 'formal',
      category: row.register ? 'accredited' : 'other',
      title: row.title,
      minutes: row.minutes,
      points: row.points,
      accreditationNumber: row.accreditation_number,
      register: row.register,
    }));
  }
}
