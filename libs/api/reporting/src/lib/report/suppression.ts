/**
 * Which cells of a report to suppress, for one family of figures. The table is teams by
 * months, with each team's period total, and the organisation as a whole per month and in
 * total; `teamPeople[t][m]` and `organisationPeople[m]` say from how many people a cell comes.
 *
 * A cell from 1 to k-1 people is suppressed (an empty cell, 0 people, reveals no one). Then no
 * line may have exactly one suppressed cell, or it follows from the others: in a month column
 * the smallest other team is suppressed too; a total is suppressed when any of its months is,
 * so a suppressed month can neither be subtracted from the total nor from another period.
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
): Suppression {
  const months = organisationPeople.length;
  const tooFew = (people: number) => people > 0 && people < minimumGroupSize;
  const team = teamPeople.map((row) => [...row.map(tooFew), false]);
  const organisation = [...organisationPeople.map(tooFew), false];

  for (let month = 0; month < months; month++) {
    const hiddenTeams = team.filter((row) => row[month]).length;
    if (hiddenTeams + (organisation[month] ? 1 : 0) !== 1) continue;
    if (organisation[month]) continue;
    // One team stands alone: hide the smallest other team with activity, or else the total.
    const candidates = teamPeople
      .map((row, index) => ({ index, people: row[month] }))
      .filter(({ index, people }) => !team[index][month] && people > 0)
      .sort((a, b) => a.people - b.people);
    if (candidates.length > 0) {
      team[candidates[0].index][month] = true;
    } else {
      organisation[month] = true;
    }
  }
  for (const row of team) row[months] = row.slice(0, months).some(Boolean);
  organisation[months] = organisation.slice(0, months).some(Boolean);
  // The totals column: a lone suppressed team total would follow from the organisation's.
  if (team.filter((row) => row[months]).length === 1) organisation[months] = true;
  return { team, organisation };
}
