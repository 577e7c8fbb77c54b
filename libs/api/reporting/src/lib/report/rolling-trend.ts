import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { monthsBetween } from '@leerruimte/shared-contracts';
import { peopleFamilies } from '../figures/report-figures';
import { organisationPeople, rolledUpMonths } from './report.queries';
import { rollingWindows } from './rolling-windows';
import { knownTo, suppress } from './suppression';

export type PeopleFamily = (typeof peopleFamilies)[number];

/** Per team id and family, the months (YYYY-MM) whose rolling window may be shown. */
export type ShownWindows = ReadonlyMap<string, Record<PeopleFamily, ReadonlySet<string>>>;

/** How many organisations' decisions each API process keeps. */
const DECIDED = 20;

/**
 * Which rolling windows of an organisation's teams may be shown, decided over every month the
 * rollup holds (see `rollingWindows`), so a report of any period shows the same. Decided once
 * per state of the people, the teams and the minimum group size.
 */
@Injectable()
export class RollingTrend {
  private readonly decided = new Map<string, ShownWindows>();

  constructor(private readonly dataSource: DataSource) {}

  /**
   * `teams`: in the order the months' suppression takes them, as its choice of a second team to
   * hide depends on it. The people are read each time (the rollup rewrites the open months each
   * minute); the decision is made again only when they, the teams or the minimum changed.
   * `known`: the teams the reader leads, whose months they see anyway.
   */
  async shownWindows(
    organisationId: string,
    teams: readonly string[],
    minimumGroupSize: number,
    known: ReadonlySet<string>,
  ): Promise<ShownWindows> {
    const [span, people] = await Promise.all([
      rolledUpMonths(this.dataSource),
      organisationPeople(this.dataSource, organisationId),
    ]);
    const key = createHash('sha256')
      .update(
        JSON.stringify([organisationId, teams, minimumGroupSize, [...known].sort(), span, people]),
      )
      .digest('base64');
    let decision = this.decided.get(key);
    if (!decision) {
      decision = decide(teams, minimumGroupSize, span, people, known);
      this.decided.set(key, decision);
      if (this.decided.size > DECIDED) {
        this.decided.delete(this.decided.keys().next().value as string);
      }
    }
    return decision;
  }
}

/** The windows shown, from the months the rollup holds and the organisation's people. */
function decide(
  teams: readonly string[],
  minimumGroupSize: number,
  span: Awaited<ReturnType<typeof rolledUpMonths>>,
  people: Awaited<ReturnType<typeof organisationPeople>>,
  knownTeams: ReadonlySet<string>,
): ShownWindows {
  const months = span?.first && span.last ? monthsBetween(span.first, span.last) : [];
  const monthIndex = new Map(months.map((month, index) => [month, index]));
  const teamIndex = new Map(teams.map((teamId, index) => [teamId, index]));
  const table = () => teams.map(() => months.map(() => 0));
  const byFamily = Object.fromEntries(
    peopleFamilies.map((family) => [
      family,
      { teams: table(), windows: table(), organisation: months.map(() => 0) },
    ]),
  ) as Record<PeopleFamily, { teams: number[][]; windows: number[][]; organisation: number[] }>;
  const placeTeams = (rows: typeof people.teams, pick: (family: PeopleFamily) => number[][]) => {
    for (const row of rows) {
      const m = monthIndex.get(row.month);
      const t = teamIndex.get(row.team_id ?? '');
      if (m === undefined || t === undefined) continue;
      for (const family of peopleFamilies) pick(family)[t][m] = row[`${family}_people`];
    }
  };
  placeTeams(people.teams, (family) => byFamily[family].teams);
  placeTeams(people.windows, (family) => byFamily[family].windows);
  for (const row of people.organisation) {
    const m = monthIndex.get(row.month);
    if (m === undefined) continue;
    for (const family of peopleFamilies) {
      byFamily[family].organisation[m] = row[`${family}_people`];
    }
  }

  const shown = new Map(
    teams.map((teamId) => [
      teamId,
      Object.fromEntries(peopleFamilies.map((family) => [family, new Set<string>()])) as Record<
        PeopleFamily,
        Set<string>
      >,
    ]),
  );
  for (const family of peopleFamilies) {
    const { teams: teamPeople, organisation, windows } = byFamily[family];
    const known = knownTo(knownTeams, teams, family);
    const monthly = suppress(teamPeople, organisation, minimumGroupSize, known);
    const decision = rollingWindows({
      teamPeople,
      organisationPeople: organisation,
      windowPeople: windows,
      // The months of the teams the reader leads are no unknowns to them.
      monthly: {
        ...monthly,
        team: monthly.team.map((row, t) => (known[t] ? row.map(() => false) : row)),
      },
      minimumGroupSize,
    });
    decision.forEach((row, t) =>
      row.forEach((isShown, m) => {
        if (isShown) shown.get(teams[t])?.[family].add(months[m]);
      }),
    );
  }
  return shown;
}
