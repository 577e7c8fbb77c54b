import { z } from 'zod';
import { type Sql, selectRow, selectRows } from '@leerruimte/api-infrastructure';
import { type NotificationKind, locales, notificationKinds } from '@leerruimte/shared-contracts';

/** Someone to mail, in their language. */
export const recipientRow = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  locale: z.enum(locales),
});
export type Recipient = z.infer<typeof recipientRow>;

/** Of these people, those whose choice for this kind (else their default) is a mail each. */
export function wantingEachMail(
  sql: Sql,
  userIds: string[],
  kind: NotificationKind,
): Promise<Recipient[]> {
  return selectRows(
    sql,
    recipientRow,
    `SELECT u.id, u.email, u.name, u.locale FROM app_user u
       LEFT JOIN notification_preference p ON p.user_id = u.id AND p.kind = $2
      WHERE u.id = ANY($1::uuid[]) AND COALESCE(p.choice, u.email_notifications) = 'each'`,
    [userIds, kind],
  );
}

/**
 * Marks as mailed these people's notifications about this subject made in the last minutes
 * and not mailed yet: the people whose notification it was.
 */
export async function claimUnmailed(
  sql: Sql,
  userIds: string[],
  subject: string,
  minutes: number,
): Promise<string[]> {
  // In a CTE, so the driver answers with rows (a bare UPDATE answers with a row count too).
  const claimed = await selectRows(
    sql,
    z.object({ user_id: z.string() }),
    `WITH claimed AS (
       UPDATE notification SET mailed_at = now()
        WHERE user_id = ANY($1::uuid[]) AND subject = $2 AND mailed_at IS NULL
          AND created_at > now() - make_interval(mins => $3)
        RETURNING user_id
     )
     SELECT DISTINCT user_id FROM claimed`,
    [userIds, subject, minutes],
  );
  return claimed.map((row) => row.user_id);
}

/**
 * The unsubscribe token of each of these people, made from `newTokens` (one per person, in
 * the same order) for who had none.
 */
export async function unsubscribeTokens(
  sql: Sql,
  userIds: string[],
  newTokens: string[],
): Promise<Map<string, string>> {
  await sql.query(
    `INSERT INTO unsubscribe_token (user_id, token)
     SELECT * FROM unnest($1::uuid[], $2::text[]) ON CONFLICT (user_id) DO NOTHING`,
    [userIds, newTokens],
  );
  const tokens = await selectRows(
    sql,
    z.object({ user_id: z.string(), token: z.string() }),
    `SELECT user_id, token FROM unsubscribe_token WHERE user_id = ANY($1::uuid[])`,
    [userIds],
  );
  return new Map(tokens.map((row) => [row.user_id, row.token]));
}

/** Whose unsubscribe token this is. */
export async function tokenOwner(sql: Sql, token: string): Promise<string | undefined> {
  const owner = await selectRow(
    sql,
    z.object({ user_id: z.string() }),
    `SELECT user_id FROM unsubscribe_token WHERE token = $1`,
    [token],
  );
  return owner?.user_id;
}

/** Turns off mail of these kinds for the person. */
export async function turnOffMail(
  sql: Sql,
  userId: string,
  kinds: readonly NotificationKind[],
): Promise<void> {
  await sql.query(
    `INSERT INTO notification_preference (user_id, kind, choice)
     SELECT $1, kind, 'off' FROM unnest($2::text[]) AS kind
     ON CONFLICT (user_id, kind) DO UPDATE SET choice = 'off'`,
    [userId, kinds],
  );
}

/** Of all kinds, those whose choice (else the person's default) is the daily digest. */
export async function kindsInDigest(sql: Sql, userId: string): Promise<NotificationKind[]> {
  const rows = await selectRows(
    sql,
    z.object({ kind: z.enum(notificationKinds) }),
    `SELECT k AS kind FROM unnest($2::text[]) AS k
      WHERE COALESCE(
        (SELECT p.choice FROM notification_preference p WHERE p.user_id = $1 AND p.kind = k),
        (SELECT u.email_notifications FROM app_user u WHERE u.id = $1)
      ) = 'daily_digest'`,
    [userId, notificationKinds],
  );
  return rows.map((row) => row.kind);
}
