import { z } from 'zod';
import { type Sql, selectRows } from '@leerruimte/api-infrastructure';
import { roles } from '@leerruimte/shared-contracts';

/** The organisation's teams by name, with how many members each has. */
export function teamsOfOrganisation(sql: Sql, organisationId: string) {
  return selectRows(
    sql,
    z.object({ id: z.string(), name: z.string(), member_count: z.coerce.number() }),
    `SELECT t.id, t.name, count(m.user_id) AS member_count
           FROM team t LEFT JOIN team_membership m ON m.team_id = t.id
          WHERE t.organisation_id = $1
          GROUP BY t.id, t.name
          ORDER BY t.name`,
    [organisationId],
  );
}

const memberRow = z.object({
  user_id: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.enum(roles),
});

export function membersOfTeam(sql: Sql, teamId: string) {
  return selectRows(
    sql,
    memberRow,
    `SELECT u.id AS user_id, u.name, u.email, m.role
           FROM team_membership m JOIN app_user u ON u.id = m.user_id
          WHERE m.team_id = $1
          ORDER BY u.name`,
    [teamId],
  );
}
