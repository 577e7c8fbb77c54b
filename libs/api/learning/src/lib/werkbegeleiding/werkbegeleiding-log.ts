import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import {
  type LeerverslagContribution,
  LeerverslagSource,
  guardClientTexts,
  notFound,
  validationFailed,
} from '@leerruimte/api-core';
import { clientDataContextOf } from '@leerruimte/api-identity-data';
import { selectRows } from '@leerruimte/api-infrastructure';
import type { Werkbegeleiding, werkbegeleidingRequestSchema } from '@leerruimte/shared-contracts';
import { WerkbegeleidingMeeting } from './werkbegeleiding.entity';

const meetingRow = z.object({
  id: z.string(),
  held_on: z.string(),
  minutes: z.number(),
  supervisor: z.string(),
  topic: z.string(),
});

const view = (row: z.infer<typeof meetingRow>): Werkbegeleiding => ({
  id: row.id,
  heldOn: row.held_on,
  minutes: row.minutes,
  supervisor: row.supervisor,
  topic: row.topic,
});

/**
 * A professional's own record of werkbegeleiding: they add and remove meetings; each counts as
 * reflection in their leerverslag. The topic passes the privacy guard, as it goes to a register.
 */
@Injectable()
export class WerkbegeleidingLog {
  constructor(private readonly dataSource: DataSource) {}

  async mine(userId: string): Promise<Werkbegeleiding[]> {
    const rows = await selectRows(
      this.dataSource,
      meetingRow,
      `SELECT id, held_on::text AS held_on, minutes, supervisor, topic FROM werkbegeleiding
        WHERE user_id = $1 ORDER BY held_on DESC, created_at DESC`,
      [userId],
    );
    return rows.map(view);
  }

  async add(
    userId: string,
    request: z.output<typeof werkbegeleidingRequestSchema>,
    now = new Date(),
  ): Promise<Werkbegeleiding> {
    const today = DateTime.fromJSDate(now, { zone: 'Europe/Amsterdam' }).toISODate() as string;
    if (request.heldOn > today) {
      throw validationFailed([
        {
          field: 'heldOn',
          code: 'in_the_future',
          text: {
            nl: 'Leg werkbegeleiding vast nadat die plaatsvond; deze datum ligt in de toekomst.',
            en: 'Record supervision after it took place; this date is in the future.',
          },
        },
      ]);
    }
    guardClientTexts(
      { topic: request.topic },
      request.confirmedNotClientData,
      await clientDataContextOf(this.dataSource, userId),
    );
    const saved = await this.dataSource.getRepository(WerkbegeleidingMeeting).save({
      userId,
      heldOn: request.heldOn,
      minutes: request.minutes,
      supervisor: request.supervisor,
      topic: request.topic,
    });
    return {
      id: saved.id,
      heldOn: saved.heldOn,
      minutes: saved.minutes,
      supervisor: saved.supervisor,
      topic: saved.topic,
    };
  }

  /** Removes one of the person's own meetings; someone else's is not there for them (404). */
  async remove(userId: string, id: string): Promise<void> {
    const removed = await this.dataSource
      .getRepository(WerkbegeleidingMeeting)
      .delete({ id, userId });
    if (!removed.affected) throw notFound();
  }

  @LeerverslagSource()
  async contributions(userId: string, start: Date, end: Date): Promise<LeerverslagContribution[]> {
    const rows = await selectRows(
      this.dataSource,
      meetingRow,
      `SELECT id, held_on::text AS held_on, minutes, supervisor, topic FROM werkbegeleiding
        WHERE user_id = $1
          AND held_on >= ($2::timestamptz AT TIME ZONE 'Europe/Amsterdam')::date
          AND held_on < ($3::timestamptz AT TIME ZONE 'Europe/Amsterdam')::date`,
      [userId, start, end],
    );
    return rows.map((row) => ({
      source: 'werkbegeleiding',
      date: row.held_on,
      kind: 'supervision',
      category: 'reflection',
      title: [row.topic, row.supervisor].filter(Boolean).join(' — '),
      minutes: row.minutes,
      points: null,
      accreditationNumber: null,
      register: null,
    }));
  }
}
