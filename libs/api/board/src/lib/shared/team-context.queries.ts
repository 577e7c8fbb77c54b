import { z } from 'zod';
import { type Sql, exists, selectRow, selectRows } from '@leerruimte/api-infrastructure';

const teamContextRow = z.object({
  name: z.string(),
  organisation_id: z.string(),
  role: z.string().nullable(),
  agenda_by: z.string().nullable(),
});

/** The team, the person's role in it (null when not a member) and its board settings. */
export function teamContextOf(sql: Sql, teamId: string, userId: string) {
  return selectRow(
    sql,
    teamContextRow,
    `SELECT t.name, t.organisation_id, m.role, s.agenda_by
         FROM team t
         LEFT JOIN team_membership m ON m.team_id = t.id AND m.user_id = $2
         LEFT JOIN board_settings s ON s.team_id = t.id
        WHERE t.id = $1`,
    [teamId, userId],
  );
}

/** `table` is one of the board's own tables, never input. */
export function teamOwnsItem(
  sql: Sql,
  table: 'team_case' | 'why_question' | 'experiment',
  id: string,
  teamId: string,
) {
  return exists(sql, `SELECT 1 FROM ${table} WHERE id = $1 AND team_id = $2`, [id, teamId]);
}

const userIdRow = z.object({ user_id: z.string() });

export async function membersAmong(sql: Sql, teamId: string, userIds: string[]) {
  const rows = await selectRows(
    sql,
    userIdRow,
    `SELECT user_id FROM team_membership WHERE team_id = $1 AND user_id = ANY($2::uuid[])`,
    [teamId, userIds],
  );
  return rows.map((row) => row.user_id);
}
