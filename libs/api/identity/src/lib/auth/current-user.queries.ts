import { z } from 'zod';
import { type Sql, selectRow } from '@leerruimte/api-infrastructure';
import {
  accreditationRegisters,
  emailNotificationChoices,
  locales,
  roles,
} from '@leerruimte/shared-contracts';

/** Built once: a zod schema costs far more to build than to check a row with. */
const currentUserShape = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  locale: z.enum(locales),
  platform_admin: z.boolean(),
  email_notifications: z.enum(emailNotificationChoices),
  preferred_team_id: z.string().nullable(),
  register: z.enum(accreditationRegisters).nullable(),
  registration_number: z.string().nullable(),
  two_factor: z.boolean(),
  recovery_codes_left: z.number(),
  teams: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      organisationId: z.string(),
      organisationName: z.string(),
      role: z.enum(roles),
    }),
  ),
  organisations: z.array(z.object({ id: z.string(), name: z.string(), admin: z.boolean() })),
});

/**
 * The person with their teams (with role, by organisation and team name), the organisations
 * they administer or have a team in, and their unused recovery codes: one round trip, as the
 * web app asks for it on every page load.
 */
export function currentUserRow(sql: Sql, userId: string) {
  return selectRow(
    sql,
    currentUserShape,
    `SELECT u.id, u.email, u.name, u.locale, u.platform_admin, u.email_notifications,
            u.preferred_team_id, u.register, u.registration_number,
            u.two_factor_enabled_at IS NOT NULL AS two_factor,
            (SELECT count(*)::int FROM recovery_code r
              WHERE r.user_id = u.id AND r.used_at IS NULL) AS recovery_codes_left,
            coalesce((SELECT json_agg(json_build_object('id', t.id, 'name', t.name,
                                'organisationId', o.id, 'organisationName', o.name, 'role', m.role)
                              ORDER BY o.name, t.name)
                        FROM team_membership m
                        JOIN team t ON t.id = m.team_id
                        JOIN organisation o ON o.id = t.organisation_id
                       WHERE m.user_id = u.id), '[]') AS teams,
            coalesce((SELECT json_agg(json_build_object('id', o.id, 'name', o.name,
                                'admin', a.user_id IS NOT NULL) ORDER BY o.name)
                        FROM organisation o
                        LEFT JOIN organisation_admin a ON a.organisation_id = o.id AND a.user_id = u.id
                       WHERE a.user_id IS NOT NULL
                          OR o.id IN (SELECT t.organisation_id FROM team_membership m
                                        JOIN team t ON t.id = m.team_id WHERE m.user_id = u.id)),
                     '[]') AS organisations
       FROM app_user u
      WHERE u.id = $1`,
    [userId],
    { prepared: true },
  );
}
