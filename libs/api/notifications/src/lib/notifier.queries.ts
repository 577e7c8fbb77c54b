import { z } from 'zod';
import { type Sql, selectRows } from '@leerruimte/api-infrastructure';
import { type NotificationContent, notificationContentSchema } from '@leerruimte/shared-contracts';

/**
 * For each person, a new notification, or, when they had one about this subject in the last
 * minutes, that one with the new content (unread again, on top).
 */
export async function storeNotifications(
  sql: Sql,
  userIds: string[],
  content: NotificationContent,
  subject: string,
  bundleMinutes: number,
): Promise<void> {
  await sql.query(
    `WITH bundled AS (
       UPDATE notification SET content = $2, updated_at = now(), read_at = NULL
        WHERE user_id = ANY($1::uuid[]) AND subject = $3
          AND created_at > now() - make_interval(mins => $4)
        RETURNING user_id
     )
     INSERT INTO notification (user_id, content, subject)
     SELECT id, $2, $3 FROM unnest($1::uuid[]) AS id
      WHERE id NOT IN (SELECT user_id FROM bundled)`,
    [userIds, content, subject, bundleMinutes],
  );
}

export interface NotificationPage {
  /** Of this kind only; all kinds when null. */
  kind: string | null;
  /** Only those last updated before this time (to the millisecond); from the newest when null. */
  before: string | null;
  limit: number;
}

/** A page of the person's notifications, newest news first. */
export function notificationPage(sql: Sql, userId: string, page: NotificationPage) {
  return selectRows(
    sql,
    z.object({
      id: z.string(),
      content: notificationContentSchema,
      read_at: z.date().nullable(),
      created_at: z.date(),
      updated_at: z.date(),
    }),
    `SELECT id, content, read_at, created_at, updated_at FROM notification
      WHERE user_id = $1 AND ($2::text IS NULL OR content->>'kind' = $2)
        AND ($3::timestamptz IS NULL OR date_trunc('milliseconds', updated_at) < $3)
      ORDER BY updated_at DESC, id DESC
      LIMIT $4`,
    [userId, page.kind, page.before, page.limit],
  );
}

/** How many of the person's notifications are unread. */
export async function unreadCount(sql: Sql, userId: string): Promise<number> {
  const [{ unread }] = await selectRows(
    sql,
    z.object({ unread: z.number() }),
    `SELECT count(*)::int AS unread FROM notification WHERE user_id = $1 AND read_at IS NULL`,
    [userId],
  );
  return unread;
}
