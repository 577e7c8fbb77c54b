import { z } from 'zod';
import { type Sql, selectRows } from '@leerruimte/api-infrastructure';

/** Every organisation the person belongs to, as member of one of its teams or as admin. */
export async function organisationIdsOfPerson(sql: Sql, userId: string) {
  const rows = await selectRows(
    sql,
    z.object({ id: z.string() }),
    `SELECT DISTINCT t.organisation_id AS id FROM team_membership m JOIN team t ON t.id = m.team_id
        WHERE m.user_id = $1
       UNION SELECT organisation_id FROM organisation_admin WHERE user_id = $1`,
    [userId],
  );
  return rows.map((row) => row.id);
}

const auditEntryRow = z.object({
  id: z.string(),
  created_at: z.date(),
  action: z.string(),
  actor_name: z.string().nullable(),
  target_name: z.string().nullable(),
  team_name: z.string().nullable(),
  ip: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});

/** The organisation's audit log, newest first, with the names of the people and team. */
export function auditEntriesOf(sql: Sql, organisationId: string, limit: number) {
  return selectRows(
    sql,
    auditEntryRow,
    `SELECT a.id, a.created_at, a.action, actor.name AS actor_name, target.name AS target_name,
              t.name AS team_name, a.ip, a.details
         FROM audit_entry a
         LEFT JOIN app_user actor ON actor.id = a.actor_id
         LEFT JOIN app_user target ON target.id = a.target_user_id
         LEFT JOIN team t ON t.id = a.team_id
        WHERE a.organisation_id = $1
        ORDER BY a.created_at DESC, a.id
        LIMIT $2`,
    [organisationId, limit],
  );
}
