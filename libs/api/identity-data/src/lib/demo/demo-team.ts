import { z } from 'zod';
import { type Sql, selectRows } from '@leerruimte/api-infrastructure';

/**
 * A demo team by its name and its members in a stable order, for the domains' demo seeders
 * that give the team a history; fails when the identity seeder has not made the team.
 */
export async function demoTeam(
  sql: Sql,
  teamName: string,
): Promise<{ teamId: string; memberIds: string[] }> {
  const members = await selectRows(
    sql,
    z.object({ user_id: z.string(), team_id: z.string() }),
    `SELECT m.user_id, m.team_id FROM team_membership m JOIN team t ON t.id = m.team_id
      WHERE t.name = $1 ORDER BY m.user_id`,
    [teamName],
  );
  if (members.length === 0) throw new Error(`The demo data needs ${teamName} with members`);
  return { teamId: members[0].team_id, memberIds: members.map((member) => member.user_id) };
}
