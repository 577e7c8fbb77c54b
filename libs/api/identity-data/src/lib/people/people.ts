import { z } from 'zod';
import { type Sql, selectRow, selectRows } from '@leerruimte/api-infrastructure';

/** A person's name, or undefined when there is no such person. */
export async function personName(sql: Sql, userId: string): Promise<string | undefined> {
  const person = await selectRow(
    sql,
    z.object({ name: z.string() }),
    `SELECT name FROM app_user WHERE id = $1`,
    [userId],
  );
  return person?.name;
}

/** The ids of a team's members, whatever their role. */
export async function teamMemberIds(sql: Sql, teamId: string): Promise<string[]> {
  const members = await selectRows(
    sql,
    z.object({ user_id: z.string() }),
    `SELECT user_id FROM team_membership WHERE team_id = $1`,
    [teamId],
  );
  return members.map((member) => member.user_id);
}
