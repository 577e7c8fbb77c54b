import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { type LeerverslagContribution, LeerverslagSource } from '@leerruimte/api-core';
import { selectRows } from '@leerruimte/api-infrastructure';

const heldRow = z.object({ held_on: z.string(), title: z.string(), minutes: z.number() });

/**
 * Case discussions held as intervisie that a person took part in, as reflection in their
 * leerverslag: the date, how long, and the case's title as the topic; never the case's text or
 * the notes. A case the team lead hid appears without its title.
 */
@Injectable()
export class IntervisieLeerverslag {
  constructor(private readonly dataSource: DataSource) {}

  @LeerverslagSource()
  async attended(userId: string, start: Date, end: Date): Promise<LeerverslagContribution[]> {
    const rows = await selectRows(
      this.dataSource,
      heldRow,
      `SELECT d.held_on::text AS held_on, d.minutes,
              CASE WHEN c.hidden_at IS NULL THEN c.title ELSE '' END AS title
         FROM case_discussion_participant p
         JOIN case_discussion d ON d.id = p.discussion_id
         JOIN team_case c ON c.id = d.case_id
        WHERE p.user_id = $1 AND d.minutes IS NOT NULL
          AND d.held_on >= ($2::timestamptz AT TIME ZONE 'Europe/Amsterdam')::date
          AND d.held_on < ($3::timestamptz AT TIME ZONE 'Europe/Amsterdam')::date`,
      [userId, start, end],
    );
    return rows.map((row) => ({
      source: 'intervisie',
      date: row.held_on,
      kind: 'reflection',
      category: 'reflection',
      title: row.title,
      minutes: row.minutes,
      points: null,
      accreditationNumber: null,
      register: null,
    }));
  }
}
