import { z } from 'zod';
import { type Sql, selectRow } from '@leerruimte/api-infrastructure';

/** Built once: a zod schema costs far more to build than to check a row with. */
const organisationIdRow = z.object({ organisation_id: z.string() });

/** The organisation the team belongs to; undefined for an unknown team. */
export async function organisationIdOfTeam(sql: Sql, teamId: string) {
  const row = await selectRow(
    sql,
    organisationIdRow,
    `SELECT organisation_id FROM team WHERE id = $1`,
    [teamId],
  );
  return row?.organisation_id;
}
