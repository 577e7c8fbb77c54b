import { z } from 'zod';
import { type Sql, selectRows } from '@leerruimte/api-infrastructure';

const organisationRow = z.object({
  id: z.string(),
  name: z.string(),
  team_count: z.coerce.number(),
  admins: z.array(z.string()).nullable(),
});

/** Every organisation by name, with its number of teams and its admins' names. */
export function organisationSummaries(sql: Sql) {
  return selectRows(
    sql,
    organisationRow,
    `SELECT o.id, o.name,
                (SELECT count(*) FROM team t WHERE t.organisation_id = o.id) AS team_count,
                (SELECT array_agg(u.name ORDER BY u.name) FROM organisation_admin a
                   JOIN app_user u ON u.id = a.user_id WHERE a.organisation_id = o.id) AS admins
           FROM organisation o ORDER BY o.name`,
  );
}
