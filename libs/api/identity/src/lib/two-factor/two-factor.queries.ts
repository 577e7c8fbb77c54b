import { z } from 'zod';
import { type Sql, selectRow, selectRows } from '@leerruimte/api-infrastructure';

/** Platform admins and organisation admins. */
export async function isTwoFactorRequired(sql: Sql, userId: string) {
  const row = await selectRow(
    sql,
    z.object({ required: z.boolean() }),
    `SELECT u.platform_admin OR EXISTS (SELECT 1 FROM organisation_admin a WHERE a.user_id = u.id)
              AS required
         FROM app_user u WHERE u.id = $1`,
    [userId],
  );
  return row?.required ?? false;
}

/**
 * Records the app code's time step as used, unless this or a later step was used already: the
 * one statement that decides, also when two requests race.
 */
export async function claimTotpStep(sql: Sql, userId: string, step: number) {
  const claimed = await selectRows(
    sql,
    z.object({ id: z.string() }),
    `UPDATE app_user SET totp_last_step = $2
          WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2) RETURNING id`,
    [userId, step],
  );
  return claimed.length === 1;
}

/** Uses up the person's unused recovery code with this hash, once, also when two requests race. */
export async function claimRecoveryCode(sql: Sql, userId: string, codeHash: string) {
  const claimed = await selectRows(
    sql,
    z.object({ id: z.string() }),
    `UPDATE recovery_code SET used_at = now()
        WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL RETURNING id`,
    [userId, codeHash],
  );
  return claimed.length === 1;
}
