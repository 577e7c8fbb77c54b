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

const colleagueNameRow = z.object({ name: z.string() });

/**
 * The names of everyone in the person's organisations (their teams' and the admins), the
 * person included: the people the privacy guard does not take for residents.
 */
export async function colleagueNames(sql: Sql, userId: string): Promise<string[]> {
  const rows = await selectRows(
    sql,
    colleagueNameRow,
    `WITH organisations AS (
       SELECT t.organisation_id FROM team_membership m JOIN team t ON t.id = m.team_id
        WHERE m.user_id = $1
       UNION
       SELECT organisation_id FROM organisation_admin WHERE user_id = $1
     ),
     people AS (
       SELECT $1::uuid AS user_id
       UNION
       SELECT m.user_id FROM team_membership m JOIN team t ON t.id = m.team_id
        WHERE t.organisation_id IN (SELECT organisation_id FROM organisations)
       UNION
       SELECT user_id FROM organisation_admin
        WHERE organisation_id IN (SELECT organisation_id FROM organisations)
     )
     SELECT DISTINCT u.name FROM app_user u JOIN people p ON p.user_id = u.id`,
    [userId],
  );
  return rows.map((row) => row.name);
}

const allowanceRow = z.object({ fragment: z.string() });

/** What the teams the person is in know is not client data (their leads' lists). */
export async function teamAllowances(sql: Sql, userId: string): Promise<string[]> {
  const rows = await selectRows(
    sql,
    allowanceRow,
    `SELECT DISTINCT a.fragment FROM team_privacy_allowance a
       JOIN team_membership m ON m.team_id = a.team_id
      WHERE m.user_id = $1
      ORDER BY a.fragment`,
    [userId],
  );
  return rows.map((row) => row.fragment);
}

/** What the privacy guard needs to know about an author (ClientDataContext of api-core). */
export async function clientDataContextOf(
  sql: Sql,
  userId: string,
): Promise<{ skipNames: string[]; allow: string[] }> {
  const [skipNames, allow] = await Promise.all([
    colleagueNames(sql, userId),
    teamAllowances(sql, userId),
  ]);
  return { skipNames, allow };
}
