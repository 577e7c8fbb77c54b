import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { PersonalData, type PersonalDataSource } from '@leerruimte/api-core';
import { selectRows } from '@leerruimte/api-infrastructure';

/* The rows of a person's data export, their columns named as the export shows them. */

const promptRow = z.object({
  question: z.string(),
  team: z.string(),
  askedAt: z.date(),
  closesAt: z.date(),
  /** How it reached them: in the app, by mail, and each reminder. */
  channels: z.array(z.string()),
  answer: z.string().nullable(),
  shared: z.boolean().nullable(),
  answeredAt: z.date().nullable(),
  answerChangedAt: z.date().nullable(),
});

const momentRow = z.object({
  question: z.string(),
  team: z.string(),
  status: z.string(),
  plannedAt: z.date(),
});

/**
 * The reflection part of a person's data export: every question that reached them with their
 * answer (private ones included: they are theirs), the moments they planned as a lead, and
 * whether they have a calendar feed (its address is a secret, so not the address). Pulse scores
 * are not in it: nothing links them to anyone.
 */
@PersonalData({ section: 'reflection' })
@Injectable()
export class ReflectionPersonalData implements PersonalDataSource {
  constructor(private readonly dataSource: DataSource) {}

  async personalData(userId: string): Promise<Record<string, unknown>> {
    const [prompts, momentsPlanned, feeds] = await Promise.all([
      selectRows(
        this.dataSource,
        promptRow,
        `SELECT o.question, tm.name AS team, o.delivered_at AS "askedAt", o.closes_at AS "closesAt",
                COALESCE((SELECT array_agg(d.channel ORDER BY d.created_at)
                            FROM reflection_delivery d
                           WHERE d.occurrence_id = o.id AND d.user_id = $1), '{}') AS channels,
                a.answer, a.shared, a.created_at AS "answeredAt", a.updated_at AS "answerChangedAt"
           FROM reflection_occurrence o
           JOIN reflection_moment m ON m.id = o.moment_id
           JOIN team tm ON tm.id = m.team_id
           LEFT JOIN reflection_answer a ON a.occurrence_id = o.id AND a.user_id = $1
          WHERE a.id IS NOT NULL
             OR EXISTS (SELECT 1 FROM reflection_delivery d
                         WHERE d.occurrence_id = o.id AND d.user_id = $1)
          ORDER BY o.delivered_at`,
        [userId],
      ),
      selectRows(
        this.dataSource,
        momentRow,
        `SELECT m.question, tm.name AS team, m.status, m.created_at AS "plannedAt"
           FROM reflection_moment m JOIN team tm ON tm.id = m.team_id
          WHERE m.created_by_id = $1 ORDER BY m.created_at`,
        [userId],
      ),
      selectRows(
        this.dataSource,
        z.object({ createdAt: z.date() }),
        `SELECT created_at AS "createdAt" FROM calendar_feed WHERE user_id = $1`,
        [userId],
      ),
    ]);
    return { prompts, momentsPlanned, calendarFeed: feeds[0] ?? null };
  }
}
