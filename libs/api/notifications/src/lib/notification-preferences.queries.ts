import { z } from 'zod';
import { type Sql, selectRows } from '@leerruimte/api-infrastructure';
import {
  type EmailNotificationChoice,
  type NotificationKind,
  emailNotificationChoices,
  notificationKinds,
} from '@leerruimte/shared-contracts';

const choice = z.enum(emailNotificationChoices);

/** The person's mail choice for every kind they chose nothing else for. */
export async function defaultMailChoice(
  sql: Sql,
  userId: string,
): Promise<EmailNotificationChoice> {
  const [user] = await selectRows(
    sql,
    z.object({ email_notifications: choice }),
    `SELECT email_notifications FROM app_user WHERE id = $1`,
    [userId],
  );
  return user.email_notifications;
}

/** The person's mail choices for the kinds they chose one for. */
export function mailChoicesPerKind(sql: Sql, userId: string) {
  return selectRows(
    sql,
    z.object({ kind: z.enum(notificationKinds), choice }),
    `SELECT kind, choice FROM notification_preference WHERE user_id = $1`,
    [userId],
  );
}

/** The person's mail choice for this kind; null goes back to their default. */
export async function chooseMail(
  sql: Sql,
  userId: string,
  kind: NotificationKind,
  chosen: EmailNotificationChoice | null,
): Promise<void> {
  if (chosen === null) {
    await sql.query(`DELETE FROM notification_preference WHERE user_id = $1 AND kind = $2`, [
      userId,
      kind,
    ]);
    return;
  }
  await sql.query(
    `INSERT INTO notification_preference (user_id, kind, choice) VALUES ($1, $2, $3)
     ON CONFLICT (user_id, kind) DO UPDATE SET choice = EXCLUDED.choice`,
    [userId, kind, chosen],
  );
}
