import { z } from 'zod';
import { type Sql, selectRow, selectRows } from '@leerruimte/api-infrastructure';
import { countsRow } from '../figures/report-figures';

/**
 * What a report of the period depends on besides its figures: the organisation's name and
 * minimum group size, when the period was last aggregated, and a digest of its teams. Undefined
 * for an unknown organisation; `has_wanted` says whether the wanted team (if any) is its own.
 */
export function reportHeader(
  sql: Sql,
  organisationId: string,
  firstMonth: string,
  lastMonth: string,
  wantedTeamId: string | null,
) {
  return selectRow(
    sql,
    z.object({
      name: z.string(),
      minimum: z.number().nullable(),
      at: z.date().nullable(),
      teams: z.string().nullable(),
      has_wanted: z.boolean(),
    }),
    `SELECT o.name, s.minimum_group_size AS minimum,
            (SELECT max(computed_at) FROM reporting_month
              WHERE month >= $2::date AND month <= $3::date) AS at,
            (SELECT md5(string_agg(t.id || t.name, ',' ORDER BY t.id)) FROM team t
              WHERE t.organisation_id = o.id) AS teams,
            $4::uuid IS NULL OR EXISTS (SELECT 1 FROM team t
              WHERE t.organisation_id = o.id AND t.id = $4) AS has_wanted
       FROM organisation o
       LEFT JOIN organisation_report_settings s ON s.organisation_id = o.id
      WHERE o.id = $1`,
    [organisationId, firstMonth, lastMonth, wantedTeamId],
  );
}

export function organisationTeams(sql: Sql, organisationId: string) {
  return selectRows(
    sql,
    z.object({ id: z.string(), name: z.string() }),
    `SELECT id, name FROM team WHERE organisation_id = $1 ORDER BY name, id`,
    [organisationId],
  );
}

/** The teams' rolled-up counts per month (YYYY-MM) from the first to the last month. */
export function teamMonthCounts(
  sql: Sql,
  teamIds: readonly string[],
  firstMonth: string,
  lastMonth: string,
) {
  return selectRows(
    sql,
    countsRow.extend({ team_id: z.string(), month: z.string() }),
    `SELECT f.*, to_char(f.month, 'YYYY-MM') AS month FROM team_month_figures f
      WHERE f.team_id = ANY($1::uuid[]) AND f.month >= $2::date AND f.month <= $3::date`,
    [teamIds, firstMonth, lastMonth],
  );
}

/** The organisation's own counts per month: its people counted once across teams. */
export function organisationMonthCounts(
  sql: Sql,
  organisationId: string,
  firstMonth: string,
  lastMonth: string,
) {
  return selectRows(
    sql,
    countsRow.extend({ month: z.string() }),
    `SELECT f.*, to_char(f.month, 'YYYY-MM') AS month FROM organisation_month_figures f
      WHERE f.organisation_id = $1 AND f.month >= $2::date AND f.month <= $3::date`,
    [organisationId, firstMonth, lastMonth],
  );
}

export async function organisationOfTeam(sql: Sql, teamId: string): Promise<string | undefined> {
  const team = await selectRow(
    sql,
    z.object({ organisation_id: z.string() }),
    `SELECT organisation_id FROM team WHERE id = $1`,
    [teamId],
  );
  return team?.organisation_id;
}
