import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { PersonalData, type PersonalDataSource } from '@leerruimte/api-core';
import { selectRows } from '@leerruimte/api-infrastructure';

/**
 * The notifications part of a person's data export: what they were notified of, and their mail
 * choices per kind. Not the unsubscribe token: it is a secret, not data about them.
 */
@PersonalData({ section: 'notifications' })
@Injectable()
export class NotificationsPersonalData implements PersonalDataSource {
  constructor(private readonly dataSource: DataSource) {}

  async personalData(userId: string): Promise<Record<string, unknown>> {
    const [received, mailPerKind] = await Promise.all([
      selectRows(
        this.dataSource,
        z.object({
          // As stored: the export shows all of it.
          content: z.unknown(),
          createdAt: z.date(),
          updatedAt: z.date(),
          readAt: z.date().nullable(),
          mailedAt: z.date().nullable(),
        }),
        `SELECT content, created_at AS "createdAt", updated_at AS "updatedAt", read_at AS "readAt",
                mailed_at AS "mailedAt"
           FROM notification WHERE user_id = $1 ORDER BY created_at`,
        [userId],
      ),
      selectRows(
        this.dataSource,
        z.object({ kind: z.string(), choice: z.string() }),
        `SELECT kind, choice FROM notification_preference WHERE user_id = $1 ORDER BY kind`,
        [userId],
      ),
    ]);
    return { received, mailPerKind };
  }
}
