import { z } from 'zod';
import { type Sql, selectRow, selectRows } from '@leerruimte/api-infrastructure';
import { countsRow, peopleColumns } from '../figures/report-figures';

// Built once: a zod schema costs far more to build than to check a row with, and the header
// is read on every request.
const headerRow = z.object({
  name: z.string(),
  minimum: z.number().nullable(),
  at: z.date().nullable(),
  history_at: z.date().nullable(),
  teams: z.string().nullable(),
  has_wanted: z.boolean(),
});
const teamRow = z.object({ id: z.string(), name: z.string() });
const organisationIdRow = z.object({ organisation_id: z.string() });
const teamCountsRow = countsRow.extend({ team_id: z.string(), month: z.string() });
const monthCountsRow = countsRow.extend({ month: z.string() });

/**
 * What a report of the period depends on besides its figures: the organisation's name and
 * minimum group size, when the period (and any month, for the rolling windows) was last
 * aggregated, and a digest of its teams. Undefined
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
    headerRow,
    `SELECT o.name, s.minimum_group_size AS minimum,
            (SELECT max(computed_at) FROM reporting_month
              WHERE month >= $2::date AND month <= $3::date) AS at,
            (SELECT max(computed_at) FROM reporting_month) AS history_at,
            (SELECT md5(string_agg(t.id || t.name, ',' ORDER BY t.id)) FROM team t
              WHERE t.organisation_id = o.id) AS teams,
            $4::uuid IS NULL OR EXISTS (SELECT 1 FROM team t
              WHERE t.organisation_id = o.id AND t.id = $4) AS has_wanted
       FROM organisation o
       LEFT JOIN organisation_report_settings s ON s.organisation_id = o.id
      WHERE o.id = $1`,
    [organisationId, firstMonth, lastMonth, wantedTeamId],
    { prepared: true },
  );
}

export function organisationTeams(sql: Sql, organisationId: string) {
  return selectRows(
    sql,
    teamRow,
    `SELECT id, name FROM team WHERE organisation_id = $1 ORDER BY name, id`,
    [organisationId],
  );
}

/**
 * The organisation's teams' rolled-up counts per month (YYYY-MM) from the first to the last
 * month. Joined by organisation, not asked for a list of team ids: the key leads with the
 * month, so one range scan finds them all, where a list costs a range scan per team.
 */
export function teamMonthCounts(
  sql: Sql,
  organisationId: string,
  firstMonth: string,
  lastMonth: string,
  /** Only this team's months; all of the organisation's teams when left out. */
  teamId: string | null = null,
) {
  return selectRows(
    sql,
    teamCountsRow,
    `SELECT f.*, to_char(f.month, 'YYYY-MM') AS month FROM team_month_figures f
       JOIN team t ON t.id = f.team_id
      WHERE t.organisation_id = $1 AND f.month >= $2::date AND f.month <= $3::date
        AND ($4::uuid IS NULL OR f.team_id = $4)`,
    [organisationId, firstMonth, lastMonth, teamId],
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
    monthCountsRow,
    `SELECT f.*, to_char(f.month, 'YYYY-MM') AS month FROM organisation_month_figures f
      WHERE f.organisation_id = $1 AND f.month >= $2::date AND f.month <= $3::date`,
    [organisationId, firstMonth, lastMonth],
  );
}

export async function organisationOfTeam(sql: Sql, teamId: string): Promise<string | undefined> {
  const team = await selectRow(
    sql,
    organisationIdRow,
    `SELECT organisation_id FROM team WHERE id = $1`,
    [teamId],
  );
  return team?.organisation_id;
}

const historyRow = z.object({ first: z.string().nullable(), last: z.string().nullable() });
const peopleRow = z.object({
  team_id: z.string().nullable(),
  month: z.string(),
  ...(Object.fromEntries(peopleColumns.map((column) => [column, z.coerce.number()])) as Record<
    (typeof peopleColumns)[number],
    z.ZodCoercedNumber<unknown>
  >),
});

/** The first and the last month (YYYY-MM) the rollup has aggregated, or nulls before it ran. */
export function rolledUpMonths(sql: Sql) {
  return selectRow(
    sql,
    historyRow,
    `SELECT to_char(min(month), 'YYYY-MM') AS first, to_char(max(month), 'YYYY-MM') AS last
       FROM reporting_month`,
  );
}

/**
 * From how many people each family's figures come, over every month the rollup holds: each
 * team's months, the organisation's months, and each team's rolling windows by their last month.
 * In a fixed order, so the same people read twice give the same answer.
 */
export async function organisationPeople(sql: Sql, organisationId: string) {
  const columns = peopleColumns.map((column) => `f.${column}`).join(', ');
  const [teams, organisation, windows] = await Promise.all(
    [
      `SELECT f.team_id, to_char(f.month, 'YYYY-MM') AS month, ${columns}
         FROM team_month_figures f JOIN team t ON t.id = f.team_id WHERE t.organisation_id = $1
        ORDER BY f.month, f.team_id`,
      `SELECT NULL AS team_id, to_char(f.month, 'YYYY-MM') AS month, ${columns}
         FROM organisation_month_figures f WHERE f.organisation_id = $1 ORDER BY f.month`,
      `SELECT f.team_id, to_char(f.month, 'YYYY-MM') AS month, ${columns}
         FROM team_window_people f JOIN team t ON t.id = f.team_id WHERE t.organisation_id = $1
        ORDER BY f.month, f.team_id`,
    ].map((text) => selectRows(sql, peopleRow, text, [organisationId])),
  );
  return { teams, organisation, windows };
}
