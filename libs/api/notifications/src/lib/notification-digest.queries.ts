import { z } from 'zod';
import { type Sql, selectRows } from '@leerruimte/api-infrastructure';
import { type NotificationKind, notificationContentSchema } from '@leerruimte/shared-contracts';
import { type Recipient, recipientRow } from './notification-mails.queries';

/** Who chose the daily digest, as their default or for some kind. */
export async function digestReaders(sql: Sql): Promise<string[]> {
  const people = await selectRows(
    sql,
    z.object({ id: z.string() }),
    `SELECT u.id FROM app_user u
      WHERE u.email_notifications = 'daily_digest'
         OR EXISTS (SELECT 1 FROM notification_preference p
                     WHERE p.user_id = u.id AND p.choice = 'daily_digest')`,
  );
  return people.map((person) => person.id);
}

/**
 * Up to when the person's digests covered their notifications, locked until the transaction
 * ends; made (covering nothing yet) for their first digest. As text: a JavaScript Date would
 * cut the microseconds.
 */
export async function lockDigest(sql: Sql, userId: string): Promise<string> {
  await sql.query(
    `INSERT INTO notification_digest (user_id, sent_through) VALUES ($1, '-infinity')
     ON CONFLICT (user_id) DO NOTHING`,
    [userId],
  );
  const [digest] = await selectRows(
    sql,
    z.object({ sent_through: z.string() }),
    `SELECT sent_through::text FROM notification_digest WHERE user_id = $1 FOR UPDATE`,
    [userId],
  );
  return digest.sent_through;
}

/** The person's notifications of these kinds made after `since`, oldest first. */
export function notificationsSince(
  sql: Sql,
  userId: string,
  since: string,
  kinds: readonly NotificationKind[],
) {
  return selectRows(
    sql,
    z.object({ id: z.string(), content: notificationContentSchema }),
    `SELECT id, content FROM notification
      WHERE user_id = $1 AND created_at > $2 AND content->>'kind' = ANY($3::text[])
      ORDER BY created_at`,
    [userId, since, kinds],
  );
}

/** The person, to mail. */
export async function recipient(sql: Sql, userId: string): Promise<Recipient> {
  const [person] = await selectRows(
    sql,
    recipientRow,
    `SELECT id, email, name, locale FROM app_user WHERE id = $1`,
    [userId],
  );
  return person;
}

/** Marks the digest as covering these notifications: up to the latest of them. */
export async function markDigestSent(
  sql: Sql,
  userId: string,
  notificationIds: string[],
): Promise<void> {
  await sql.query(
    `UPDATE notification_digest
        SET sent_through = (SELECT max(created_at) FROM notification WHERE id = ANY ($2::uuid[]))
      WHERE user_id = $1`,
    [userId, notificationIds],
  );
}
