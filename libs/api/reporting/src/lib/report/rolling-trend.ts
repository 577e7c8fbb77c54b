import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { monthsBetween } from '@leerruimte/shared-contracts';
import { peopleFamilies } from '../figures/report-figures';
import { organisationPeople, rolledUpMonths } from './report.queries';
import { rollingWindows } from './rolling-windows';
import { suppress } from './suppression';

export type PeopleFamily = (typeof peopleFamilies)[number];

/** Per team id and family, the months (YYYY-MM) whose rolling window may be shown. */
export type ShownWindows = ReadonlyMap<string, Record<PeopleFamily, ReadonlySet<string>>>;

/** How many organisations' decisions each API process keeps. */
const DECIDED = 20;

/**
 * Which rolling windows of an organisation's teams may be shown, decided over every month the
 * rollup holds (see `rollingWindows`), so a report of any period shows the same. Decided once
 * per state of the rollup, the teams and the minimum group size.
 */
@Injectable()
export class RollingTrend {
  private readonly decided = new Map<string, Promise<ShownWindows>>();

  constructor(private readonly dataSource: DataSource) {}

  /**
   * `teams`: in the order the months' suppression takes them, as its choice of a second team to
   * hide depends on it. `state`: what the decision depends on besides these.
   */
  shownWindows(
    organisationId: string,
    teams: readonly string[],
    minimumGroupSize: number,
    state: string,
  ): Promise<ShownWindows> {
    const key = JSON.stringify([organisationId, teams, minimumGroupSize, state]);
    let decision = this.decided.get(key);
    if (!decision) {
      decision = this.decide(organisationId, teams, minimumGroupSize);
      this.decided.set(key, decision);
      decision.catch(() => this.decided.delete(key));
      if (this.decided.size > DECIDED) {
        this.decided.delete(this.decided.keys().next().value as string);
      }
    }
    return decision;
  }

  private async decide(
    organisationId: string,
    teams: readonly string[],
    minimumGroupSize: number,
  ): Promise<ShownWindows> {
    const [span, people] = await Promise.all([
      rolledUpMonths(this.dataSource),
      organisationPeople(this.dataSource, organisationId),
    ]);
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
      const decision = rollingWindows({
        teamPeople,
        organisationPeople: organisation,
        windowPeople: windows,
        monthly: suppress(teamPeople, organisation, minimumGroupSize),
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
}
