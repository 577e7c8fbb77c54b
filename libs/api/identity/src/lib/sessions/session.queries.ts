import { z } from 'zod';
import { type Sql, selectRow } from '@leerruimte/api-infrastructure';
import { roles } from '@leerruimte/shared-contracts';

/** Built once: a zod schema costs far more to build than to check a row with. */
const sessionShape = z.object({
  user_id: z.string(),
  last_seen_at: z.date(),
  expires_at: z.date(),
  platform_admin: z.boolean(),
  two_factor: z.boolean(),
  team_roles: z.array(z.tuple([z.string(), z.enum(roles)])),
  admin_of: z.array(z.string()),
  sso_organisation_id: z.string().nullable(),
});

/**
 * A session with everything the access policy needs about its person, in one round trip: every
 * authenticated request asks this, so a revoked session or grant counts from the next request.
 */
export function sessionWithGrants(sql: Sql, tokenHash: string) {
  return selectRow(
    sql,
    sessionShape,
    `SELECT s.user_id, s.last_seen_at, s.expires_at, s.sso_organisation_id, u.platform_admin,
            u.two_factor_enabled_at IS NOT NULL AS two_factor,
            coalesce((SELECT json_agg(json_build_array(m.team_id, m.role))
                        FROM team_membership m WHERE m.user_id = s.user_id), '[]') AS team_roles,
            ARRAY(SELECT a.organisation_id::text
                    FROM organisation_admin a WHERE a.user_id = s.user_id) AS admin_of
       FROM user_session s
       JOIN app_user u ON u.id = s.user_id
      WHERE s.token_hash = $1`,
    [tokenHash],
    { prepared: true },
  );
}
