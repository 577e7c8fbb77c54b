import { Injectable } from '@nestjs/common';
import { brotliCompress, constants, gzipSync } from 'node:zlib';
import { DataSource } from 'typeorm';
import { notFound } from '@leerruimte/api-core';
import {
  type Report,
  type ReportFamily,
  type ReportQuery,
  type ReportSettings,
  anonymousReportFamilies,
  defaultMinimumGroupSize,
  monthsBetween,
  reportFamilies,
} from '@leerruimte/shared-contracts';
import { type Counts, add, emptyCounts, figures } from '../figures/report-figures';
import { OrganisationReportSettings } from '../rollup/rollup.entities';
import {
  organisationMonthCounts,
  organisationOfTeam,
  organisationTeams,
  reportHeader,
  teamMonthCounts,
} from './report.queries';
import { ReportHeaderCache } from './report-header-cache';
import { RollingTrend, type ShownWindows } from './rolling-trend';
import { WINDOW_MONTHS } from './rolling-windows';
import { knownTo, suppress } from './suppression';

const families = Object.keys(reportFamilies) as ReportFamily[];

/** A report as the API sends it: its JSON, and that compressed for the clients that take it. */
export interface ReportBody {
  json: Buffer;
  gzip: Buffer;
  /** Once made: brotli at its best takes a large report a moment, so gzip is sent until then. */
  br?: Buffer;
}

const noTeams: ReadonlySet<string> = new Set();

/** How many computed reports each API process keeps. */
const COMPUTED_REPORTS = 100;

/**
 * Reports on team development, read from the rollups. Suppression is decided over the whole
 * organisation, then the asked-for teams are shown: a team's figures are the same whether it is
 * shown alone or among the others, so comparing two reports reveals nothing more.
 */
@Injectable()
export class ReportService {
  private readonly computed = new Map<string, { report: Report }>();
  private readonly bodyOf = new WeakMap<Report, ReportBody>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly headers: ReportHeaderCache,
    private readonly rolling: RollingTrend,
  ) {}

  /**
   * `leadOf`: the report a team lead sees of their own team: that team alone, without the
   * organisation, and suppressed only where its figures come from anonymous answers.
   * An organisation admin's report of one team has its rolling windows too (`rolling`).
   * `everyMonth`: each team's figures per month also when all teams are shown (the exports);
   * the dashboard compares all teams by their totals and shows months for one team only.
   * `ledTeams`: in an organisation admin's report, the teams the admin also leads. They see
   * those teams' figures anyway (as their lead), so suppression does not count on them.
   * A report is computed once per state of the rollup: the key holds when the period's months
   * were last aggregated and the organisation's minimum group size.
   */
  async report(
    organisationId: string,
    query: ReportQuery,
    leadOf?: string,
    {
      everyMonth = false,
      ledTeams = noTeams,
    }: { everyMonth?: boolean; ledTeams?: ReadonlySet<string> } = {},
  ): Promise<Report> {
    const wanted = leadOf ?? query.teamId;
    const organisation = await this.header(organisationId, query, wanted);
    if (!organisation?.has_wanted) throw notFound();
    const withWindows = query.teamId !== undefined && leadOf === undefined;
    // A lead's own report is not suppressed by what they know; an admin's is.
    const known = leadOf === undefined ? ledTeams : noTeams;
    // The state of everything the report is made of: the rollup, the setting, the teams. Joined,
    // not JSON: made on every request, and no part can hold the separator (ids, months, a digest).
    const key = [
      organisationId,
      query.from,
      query.to,
      wanted,
      leadOf !== undefined,
      everyMonth,
      [...known].sort().join(','),
      organisation.minimum,
      organisation.at?.getTime(),
      organisation.teams,
      // The windows are decided over every month, so any month's new figures change them.
      withWindows ? organisation.history_at?.getTime() : null,
    ].join('|');
    const cached = this.computed.get(key);
    if (cached) return cached.report;
    const teams = await organisationTeams(this.dataSource, organisationId);
    const windows = withWindows
      ? await this.rolling.shownWindows(
          organisationId,
          teams.map((team) => team.id),
          organisation.minimum ?? defaultMinimumGroupSize,
          known,
        )
      : undefined;
    const report = await this.compute(organisationId, organisation, teams, query, {
      wanted,
      asLead: leadOf !== undefined,
      everyMonth,
      windows,
      known,
    });
    this.computed.set(key, { report });
    // A small memory: the reports people are looking at now.
    if (this.computed.size > COMPUTED_REPORTS) {
      this.computed.delete(this.computed.keys().next().value as string);
    }
    return report;
  }

  /** Held per organisation and period until its teams, its setting or the rollup change. */
  private async header(
    organisationId: string,
    query: ReportQuery,
    wanted: string | undefined,
    now = Date.now(),
  ) {
    const key = [organisationId, query.from, query.to, wanted].join('|');
    const held = this.headers.find(key, now);
    if (held) return held.header;
    const versionAtRead = this.headers.version;
    const header = await reportHeader(
      this.dataSource,
      organisationId,
      `${query.from}-01`,
      `${query.to}-01`,
      wanted ?? null,
    );
    this.headers.keep(key, organisationId, { header }, versionAtRead, now);
    return header;
  }

  /**
   * The report as the API sends it: made once per computed report, not per request. Gzipped
   * it is a fifteenth of the size, which a phone on a slow connection notices; brotli is made
   * on the thread pool beside it, as it takes longer.
   */
  body(report: Report): ReportBody {
    let body = this.bodyOf.get(report);
    if (body === undefined) {
      const json = Buffer.from(JSON.stringify(report));
      const made: ReportBody = { json, gzip: gzipSync(json) };
      const params = {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: json.length,
      };
      // Should it ever fail, gzip simply stays the best there is.
      brotliCompress(json, { params }, (error, br) => {
        if (!error) made.br = br;
      });
      body = made;
      this.bodyOf.set(report, body);
    }
    return body;
  }

  private async compute(
    organisationId: string,
    organisation: { name: string; minimum: number | null; at: Date | null },
    teams: Array<{ id: string; name: string }>,
    query: ReportQuery,
    options: {
      wanted?: string;
      asLead: boolean;
      everyMonth: boolean;
      windows?: ShownWindows;
      known: ReadonlySet<string>;
    },
  ): Promise<Report> {
    const { wanted, everyMonth, windows } = options;
    const months = monthsBetween(query.from, query.to);
    const minimumGroupSize = organisation.minimum ?? defaultMinimumGroupSize;
    // The months before the period that its first windows reach back to.
    const reach = monthsBefore(query.from, WINDOW_MONTHS - 1);
    const [rows, organisationRows, earlierRows] = await Promise.all([
      teamMonthCounts(this.dataSource, organisationId, `${query.from}-01`, `${query.to}-01`),
      organisationMonthCounts(
        this.dataSource,
        organisationId,
        `${query.from}-01`,
        `${query.to}-01`,
      ),
      // Windows come only with one team asked for: its own earlier months are all they need.
      windows && wanted
        ? teamMonthCounts(
            this.dataSource,
            organisationId,
            `${reach[0]}-01`,
            `${reach.at(-1)}-01`,
            wanted,
          )
        : [],
    ]);

    const teamIndex = new Map(teams.map((team, index) => [team.id, index]));
    const monthIndex = new Map(months.map((month, index) => [month, index]));
    const cells = teams.map(() => months.map(() => emptyCounts()));
    for (const row of rows) {
      const t = teamIndex.get(row.team_id);
      // A team made since the teams were read belongs to the next report, not this one.
      if (t !== undefined) add(cells[t][monthIndex.get(row.month) as number], row);
    }
    const organisationMonths = months.map(() => emptyCounts());
    for (const row of organisationRows) {
      add(organisationMonths[monthIndex.get(row.month) as number], row);
    }
    const suppressed = Object.fromEntries(
      families.map((family) => [
        family,
        suppress(
          cells.map((teamMonths) => teamMonths.map((counts) => counts[`${family}_people`])),
          organisationMonths.map((counts) => counts[`${family}_people`]),
          minimumGroupSize,
          knownTo(
            options.known,
            teams.map((team) => team.id),
            family,
          ),
        ),
      ]),
    ) as Record<ReportFamily, ReturnType<typeof suppress>>;
    const hiddenFor = (pick: (suppression: ReturnType<typeof suppress>) => boolean) =>
      Object.fromEntries(
        families.map((family) => [
          family,
          (!options.asLead || anonymousReportFamilies.has(family)) && pick(suppressed[family]),
        ]),
      ) as Record<ReportFamily, boolean>;
    const total = (counts: Counts[]) => {
      const sum = emptyCounts();
      counts.forEach((month) => add(sum, month));
      return sum;
    };

    const earlier = new Map(earlierRows.map((row) => [row.month, row]));
    /** The wanted team's windows that end in each month, each family shown where decided. */
    const rolling = (t: number, teamId: string) => {
      const shownOf = windows?.get(teamId);
      if (!shownOf) return [];
      const reached = [...reach.map((month) => earlier.get(month) ?? emptyCounts()), ...cells[t]];
      return months.map((month, m) =>
        figures(total(reached.slice(m, m + WINDOW_MONTHS)), {
          ...(Object.fromEntries(
            Object.entries(shownOf).map(([family, shown]) => [family, !shown.has(month)]),
          ) as Record<keyof typeof shownOf, boolean>),
          pulse: true,
        }),
      );
    };

    const shownTeams = teams
      .map((team, t) => ({ team, t }))
      .filter(({ team }) => !wanted || team.id === wanted);
    return {
      organisationName: organisation.name,
      from: query.from,
      to: query.to,
      months,
      minimumGroupSize,
      teams: shownTeams.map(({ team, t }) => ({
        teamId: team.id,
        name: team.name,
        total: figures(
          total(cells[t]),
          hiddenFor((s) => s.team[t][months.length]),
        ),
        months:
          everyMonth || wanted
            ? cells[t].map((counts, m) =>
                figures(
                  counts,
                  hiddenFor((s) => s.team[t][m]),
                ),
              )
            : [],
        rolling: rolling(t, team.id),
      })),
      organisation: options.asLead
        ? null
        : {
            total: figures(
              total(organisationMonths),
              hiddenFor((s) => s.organisation[months.length]),
            ),
            months: organisationMonths.map((counts, m) =>
              figures(
                counts,
                hiddenFor((s) => s.organisation[m]),
              ),
            ),
          },
      updatedAt: organisation.at?.toISOString() ?? null,
    };
  }

  async teamOrganisation(teamId: string): Promise<string> {
    const organisationId = await organisationOfTeam(this.dataSource, teamId);
    if (!organisationId) throw notFound();
    return organisationId;
  }

  async settings(organisationId: string): Promise<ReportSettings> {
    const row = await this.dataSource
      .getRepository(OrganisationReportSettings)
      .findOneBy({ organisationId });
    return { minimumGroupSize: row?.minimumGroupSize ?? defaultMinimumGroupSize };
  }

  async updateSettings(organisationId: string, settings: ReportSettings): Promise<ReportSettings> {
    await this.dataSource
      .getRepository(OrganisationReportSettings)
      .upsert({ organisationId, minimumGroupSize: settings.minimumGroupSize }, ['organisationId']);
    return this.settings(organisationId);
  }
}

/** The `count` months before `month` (YYYY-MM), oldest first. */
function monthsBefore(month: string, count: number): string[] {
  const [year, number] = month.split('-').map(Number);
  return Array.from({ length: count }, (_, index) => {
    const date = new Date(Date.UTC(year, number - 1 - count + index, 1));
    return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
  });
}
