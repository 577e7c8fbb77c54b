import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { TodaySection, TodaySectionName, type TodayViewer, ledTeamIds } from '@leerruimte/api-core';
import { selectRows } from '@leerruimte/api-infrastructure';
import {
  type ReportFamily,
  type TodayOrganisation,
  defaultMinimumGroupSize,
  reportFamilies,
} from '@leerruimte/shared-contracts';
import { type Counts, add, countsRow, emptyCounts, figures } from '../figures/report-figures';
import { knownTo, suppress } from '../report/suppression';

const families = Object.keys(reportFamilies) as ReportFamily[];

/** One team of an organisation with this month's rollup rows (null where there is none yet). */
const organisationTeamRow = z.object({
  organisation_id: z.string(),
  minimum_group_size: z.number().nullable(),
  organisation_figures: countsRow.nullable(),
  team_id: z.string().nullable(),
  team_name: z.string().nullable(),
  member_count: z.number(),
  team_figures: countsRow.nullable(),
});
export type OrganisationTeamRow = z.infer<typeof organisationTeamRow>;

function countsOf(row: Counts | null): Counts {
  const counts = emptyCounts();
  if (row) add(counts, row);
  return counts;
}

/**
 * This month per team, suppressed as Teamontwikkeling suppresses the month for the whole
 * organisation, so a figure here is the one the report shows this admin for this month and
 * team (with the teams they also lead known to them).
 */
export function organisationSummaries(
  rows: readonly OrganisationTeamRow[],
  viewer: TodayViewer,
): TodayOrganisation[] {
  const led = new Set(ledTeamIds(viewer));
  return viewer.administers.map(({ organisationId, organisationName }) => {
    const own = rows.filter((row) => row.organisation_id === organisationId);
    const minimumGroupSize = own[0]?.minimum_group_size ?? defaultMinimumGroupSize;
    const teams = own.filter((row) => row.team_id !== null);
    const cells = teams.map((row) => countsOf(row.team_figures));
    const organisation = countsOf(own[0]?.organisation_figures ?? null);
    const hidden = Object.fromEntries(
      families.map((family) => [
        family,
        suppress(
          cells.map((counts) => [counts[`${family}_people`]]),
          [organisation[`${family}_people`]],
          minimumGroupSize,
          knownTo(
            led,
            teams.map((row) => row.team_id ?? ''),
            family,
          ),
        ).team.map((months) => months[0]),
      ]),
    ) as Record<ReportFamily, boolean[]>;
    return {
      organisationId,
      organisationName,
      minimumGroupSize,
      teams: teams.map((row, index) => {
        const shown = figures(
          cells[index],
          Object.fromEntries(families.map((family) => [family, hidden[family][index]])) as Record<
            ReportFamily,
            boolean
          >,
        );
        return {
          teamId: row.team_id as string,
          teamName: row.team_name as string,
          memberCount: row.member_count,
          modulesCompleted: shown.modulesCompleted,
          participation: shown.reflectionParticipation,
          experimentsStarted: shown.experimentsStarted,
        };
      }),
    };
  });
}

/** Reporting's part of Vandaag: a short summary for organisation admins, from the rollups. */
@Injectable()
export class ReportingToday {
  constructor(private readonly dataSource: DataSource) {}

  /** Only organisations whose admin rights count (two-factor authentication on). */
  @TodaySection(TodaySectionName.Organisations)
  async organisations(viewer: TodayViewer, now: Date): Promise<TodayOrganisation[]> {
    if (viewer.administers.length === 0) return [];
    const month = DateTime.fromJSDate(now).setZone('Europe/Amsterdam').startOf('month');
    const rows = await selectRows(
      this.dataSource,
      organisationTeamRow,
      `SELECT org.id AS organisation_id, s.minimum_group_size,
              to_jsonb(om) AS organisation_figures, t.id AS team_id, t.name AS team_name,
              (SELECT count(*)::int FROM team_membership tm WHERE tm.team_id = t.id)
                AS member_count,
              to_jsonb(tf) AS team_figures
         FROM unnest($1::uuid[]) AS org(id)
         LEFT JOIN organisation_report_settings s ON s.organisation_id = org.id
         LEFT JOIN organisation_month_figures om ON om.organisation_id = org.id AND om.month = $2
         LEFT JOIN team t ON t.organisation_id = org.id
         LEFT JOIN team_month_figures tf ON tf.team_id = t.id AND tf.month = $2
        ORDER BY t.name, t.id`,
      [viewer.administers.map((organisation) => organisation.organisationId), month.toISODate()],
    );
    return organisationSummaries(rows, viewer);
  }
}
