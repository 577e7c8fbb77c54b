import { type ReportFamily, anonymousReportFamilies } from '@leerruimte/shared-contracts';

/**
 * Which cells of a report to suppress, for one family of figures. The table is teams by
 * months, with each team's period total, and the organisation as a whole per month and in
 * total; `teamPeople[t][m]` and `organisationPeople[m]` say from how many people a cell comes.
 *
 * A cell from 1 to k-1 people is suppressed (an empty cell, 0 people, reveals no one). Then no
 * line may have exactly one suppressed cell, or it follows from the others: in a month column
 * the smallest other team is suppressed too; a total is suppressed when any of its months is,
 * so a suppressed month can neither be subtracted from the total nor from another period.
 *
 * `known[t]`: the reader sees team t's figures of this family anyway (they lead it). Its hidden
 * cells then cannot stand in for another's: a lone hidden cell among the teams the reader does
 * not know is given a second one from those teams, or the organisation's cell. No line is left
 * with a lone hidden cell either, so what this reader is shown is safe for any other reader too.
 */
export interface Suppression {
  /** `team[t][m]` for each month; `team[t][months]` is the team's total. */
  team: boolean[][];
  /** Per month, then the total at `organisation[months]`. */
  organisation: boolean[];
}

export function suppress(
  teamPeople: readonly (readonly number[])[],
  organisationPeople: readonly number[],
  minimumGroupSize: number,
  known: readonly boolean[] = [],
): Suppression {
  const months = organisationPeople.length;
  const tooFew = (people: number) => people > 0 && people < minimumGroupSize;
  const team = teamPeople.map((row) => [...row.map(tooFew), false]);
  const organisation = [...organisationPeople.map(tooFew), false];

  const isKnown = (index: number) => known[index] === true;
  // Twice: so that no reader can work out a hidden cell, then so that this reader cannot either.
  const readers = [() => false, isKnown];
  for (let month = 0; month < months; month++) {
    for (const readerKnows of readers) {
      if (organisation[month]) break;
      const hiddenTeams = team.filter((row, index) => row[month] && !readerKnows(index)).length;
      if (hiddenTeams !== 1) continue;
      // One team stands alone: hide the smallest other team with activity (one the reader does
      // not lead first), or else the total.
      const candidates = teamPeople
        .map((row, index) => ({ index, people: row[month] }))
        .filter(({ index, people }) => !team[index][month] && !readerKnows(index) && people > 0)
        .sort((a, b) => Number(isKnown(a.index)) - Number(isKnown(b.index)) || a.people - b.people);
      if (candidates.length > 0) {
        team[candidates[0].index][month] = true;
      } else {
        organisation[month] = true;
      }
    }
  }
  for (const row of team) row[months] = row.slice(0, months).some(Boolean);
  organisation[months] = organisation.slice(0, months).some(Boolean);
  // The totals column: a lone suppressed team total would follow from the organisation's.
  for (const readerKnows of readers) {
    if (team.filter((row, index) => row[months] && !readerKnows(index)).length === 1) {
      organisation[months] = true;
    }
  }
  return { team, organisation };
}

/**
 * `suppress`'s `known` for a reader who leads `ledTeams`: their figures of a family, never of
 * one made of anonymous answers, which not even a lead sees unsuppressed.
 */
export function knownTo(
  ledTeams: ReadonlySet<string>,
  teamIds: readonly string[],
  family: ReportFamily,
): boolean[] {
  return anonymousReportFamilies.has(family) ? [] : teamIds.map((teamId) => ledTeams.has(teamId));
}
