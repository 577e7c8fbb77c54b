import { z } from 'zod';
import { type Sql, selectRow, selectRows } from '@leerruimte/api-infrastructure';
import { roles } from '@leerruimte/shared-contracts';

const teamRow = z.object({
  id: z.string(),
  name: z.string(),
  organisation_id: z.string(),
  organisation_name: z.string(),
  role: z.enum(roles),
});

/** The person's teams with their role, by organisation and team name. */
export function teamsOfUser(sql: Sql, userId: string) {
  return selectRows(
    sql,
    teamRow,
    `SELECT t.id, t.name, o.id AS organisation_id, o.name AS organisation_name, m.role
           FROM team_membership m
           JOIN team t ON t.id = m.team_id
           JOIN organisation o ON o.id = t.organisation_id
          WHERE m.user_id = $1
          ORDER BY o.name, t.name`,
    [userId],
  );
}

/** The organisations the person administers or has a team in, and whether they administer it. */
export function organisationsOfUser(sql: Sql, userId: string) {
  return selectRows(
    sql,
    z.object({ id: z.string(), name: z.string(), admin: z.boolean() }),
    `SELECT o.id, o.name, bool_or(a.user_id IS NOT NULL) AS admin
           FROM organisation o
           LEFT JOIN organisation_admin a ON a.organisation_id = o.id AND a.user_id = $1
          WHERE a.user_id IS NOT NULL
             OR o.id IN (SELECT t.organisation_id FROM team_membership m
                           JOIN team t ON t.id = m.team_id WHERE m.user_id = $1)
          GROUP BY o.id, o.name
          ORDER BY o.name`,
    [userId],
  );
}

export async function recoveryCodesLeft(sql: Sql, userId: string) {
  const row = await selectRow(
    sql,
    z.object({ left: z.number() }),
    `SELECT count(*)::int AS left FROM recovery_code WHERE user_id = $1 AND used_at IS NULL`,
    [userId],
  );
  return row?.left ?? 0;
}
