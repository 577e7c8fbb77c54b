import { DateTime } from 'luxon';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { exists, selectRow } from '@leerruimte/api-infrastructure';
import { type NotificationContent, notificationSubject } from '@leerruimte/shared-contracts';
import { Notification } from '../notification.entity';

const READER = 'joost.visser@voorbeeldstad.test';
const TEAM = 'Wijkteam Noord';

/**
 * Who the demo's news is for: Joost in Wijkteam Noord. Each domain's demo seeder gives him a
 * notification about one of its own items, so his bell and notification centre show a week by
 * day and every item leads to its page. Nobody else gets demo news: the e2e stories count
 * Fatma's.
 */
export async function demoNewsReader(
  manager: EntityManager,
): Promise<{ userId: string; teamId: string; teamName: string }> {
  const reader = await selectRow(
    manager,
    z.object({ id: z.string(), team_id: z.string() }),
    `SELECT u.id, t.id AS team_id FROM app_user u
       JOIN team_membership m ON m.user_id = u.id
       JOIN team t ON t.id = m.team_id
      WHERE u.email = $1 AND t.name = $2`,
    [READER, TEAM],
  );
  if (!reader) throw new Error(`The demo news needs ${READER} in ${TEAM}`);
  return { userId: reader.id, teamId: reader.team_id, teamName: TEAM };
}

/** A time this many days ago, at this hour in Amsterdam. */
export function demoNewsTime(daysAgo: number, hour: number, minute = 0): Date {
  return DateTime.now()
    .setZone('Europe/Amsterdam')
    .minus({ days: daysAgo })
    .set({ hour, minute, second: 0, millisecond: 0 })
    .toJSDate();
}

/**
 * Old news for the reader, read or not; none is mailed now. News about a subject the reader
 * already has news of is left out, so seeding again adds nothing.
 */
export async function addDemoNews(
  manager: EntityManager,
  userId: string,
  news: ReadonlyArray<{ content: NotificationContent; at: Date; read: boolean }>,
): Promise<void> {
  for (const { content, at, read } of news) {
    const subject = notificationSubject(content);
    const known = await exists(
      manager,
      `SELECT 1 FROM notification WHERE user_id = $1 AND subject = $2`,
      [userId, subject],
    );
    if (known) continue;
    await manager.insert(Notification, {
      userId,
      content,
      subject,
      createdAt: at,
      updatedAt: at,
      readAt: read ? at : null,
      mailedAt: at,
    });
  }
}
