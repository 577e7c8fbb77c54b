import { z } from 'zod';
import { type Sql, selectRow, selectRows } from '@leerruimte/api-infrastructure';
import { roles } from '@leerruimte/shared-contracts';

export function accountGrantsOf(sql: Sql, userId: string) {
  return selectRow(
    sql,
    z.object({ platform_admin: z.boolean(), two_factor: z.boolean() }),
    `SELECT platform_admin, two_factor_enabled_at IS NOT NULL AS two_factor FROM app_user WHERE id = $1`,
    [userId],
  );
}

export function teamRolesOf(sql: Sql, userId: string) {
  return selectRows(
    sql,
    z.object({ team_id: z.string(), role: z.enum(roles) }),
    `SELECT team_id, role FROM team_membership WHERE user_id = $1`,
    [userId],
  );
}

export async function administeredOrganisationIds(sql: Sql, userId: string) {
  const rows = await selectRows(
    sql,
    z.object({ organisation_id: z.string() }),
    `SELECT organisation_id FROM organisation_admin WHERE user_id = $1`,
    [userId],
  );
  return rows.map((row) => row.organisation_id);
}

/** The organisation the team belongs to; undefined for an unknown team. */
export async function organisationIdOfTeam(sql: Sql, teamId: string) {
  const row = await selectRow(
    sql,
    z.object({ organisation_id: z.string() }),
    `SELECT organisation_id FROM team WHERE id = $1`,
    [teamId],
  );
  return row?.organisation_id;
}
