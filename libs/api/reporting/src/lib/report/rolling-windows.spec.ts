import { MOST_HIDDEN_CELLS, WINDOW_MONTHS, rollingWindows } from './rolling-windows';
import { suppress } from './suppression';

const MINIMUM = 5;

/** The table for one family, the organisation being the sum of its teams. */
function table(teamPeople: number[][], windowPeople: number[][]) {
  const organisationPeople = teamPeople[0].map((_, m) =>
    teamPeople.reduce((sum, row) => sum + row[m], 0),
  );
  return {
    teamPeople,
    organisationPeople,
    windowPeople,
    monthly: suppress(teamPeople, organisationPeople, MINIMUM),
    minimumGroupSize: MINIMUM,
  };
}

/**
 * An attacker's view, worked out apart from the code under test and exactly (integers): every
 * equation what is shown makes over the hidden cells (each organisation month the sum of its
 * teams', each shown window the sum of its months), and which hidden cells of too few people
 * follow from them: a cell follows exactly when adding it alone does not raise the rank.
 */
function revealedCells(input: ReturnType<typeof table>, shown: boolean[][]): string[] {
  const { teamPeople, organisationPeople, monthly } = input;
  const unknowns: string[] = [];
  const index = new Map<string, number>();
  const unknown = (key: string) => {
    if (!index.has(key)) index.set(key, unknowns.push(key) - 1);
    return index.get(key) as number;
  };
  const equations: Array<Map<number, bigint>> = [];
  organisationPeople.forEach((_, m) => {
    const equation = new Map<number, bigint>();
    if (monthly.organisation[m]) equation.set(unknown(`organisation ${m}`), 1n);
    teamPeople.forEach((_, t) => {
      if (monthly.team[t][m]) equation.set(unknown(`team ${t} month ${m}`), -1n);
    });
    if (equation.size > 0) equations.push(equation);
  });
  shown.forEach((row, t) =>
    row.forEach((isShown, m) => {
      if (!isShown) return;
      const equation = new Map<number, bigint>();
      for (let month = Math.max(0, m - WINDOW_MONTHS + 1); month <= m; month++) {
        if (monthly.team[t][month]) equation.set(unknown(`team ${t} month ${month}`), 1n);
      }
      if (equation.size > 0) equations.push(equation);
    }),
  );
  const rank = (rows: Array<Map<number, bigint>>) => {
    const matrix = rows.map((row) => unknowns.map((_, i) => row.get(i) ?? 0n));
    let found = 0;
    for (let column = 0; column < unknowns.length && found < matrix.length; column++) {
      const pivotRow = matrix.findIndex((row, r) => r >= found && row[column] !== 0n);
      if (pivotRow < 0) continue;
      [matrix[found], matrix[pivotRow]] = [matrix[pivotRow], matrix[found]];
      const pivot = matrix[found];
      for (let r = found + 1; r < matrix.length; r++) {
        const factor = matrix[r][column];
        if (factor === 0n) continue;
        matrix[r] = matrix[r].map((value, c) => value * pivot[column] - factor * pivot[c]);
      }
      found += 1;
    }
    return found;
  };
  const base = rank(equations);
  const tooFew = (people: number) => people > 0 && people < MINIMUM;
  return unknowns.filter((key) => {
    const [kind, first, , month] = key.split(' ');
    const people =
      kind === 'organisation'
        ? organisationPeople[Number(first)]
        : teamPeople[Number(first)][Number(month)];
    return (
      tooFew(people) && rank([...equations, new Map([[index.get(key) as number, 1n]])]) === base
    );
  });
}

describe(rollingWindows.name, () => {
  it('shows the windows of a team whose months each have too few, but different, people', () => {
    // Eight members, three or four of whom learn each month; a large team beside it.
    const input = table(
      [
        [3, 4, 3, 4, 3, 4],
        [9, 9, 9, 9, 9, 9],
      ],
      [
        [3, 6, 8, 8, 8, 8],
        [9, 9, 9, 9, 9, 9],
      ],
    );
    const shown = rollingWindows(input);
    // The window of months 0-1 (six people) is shown; with it, the one of months 0-2 would
    // reveal month 2 by difference, so that one is not. Every later window is.
    expect(shown[0]).toEqual([false, true, false, true, true, true]);
    // The large team's months are hidden beside the small team's: its first month alone would
    // give the small team's by the organisation's month.
    expect(shown[1][0]).toBe(false);
    expect(revealedCells(input, shown)).toEqual([]);
  });

  it('never shows a window that, less the months shown, leaves one month of too few people', () => {
    // Month 1 has two people; months 0 and 2 are shown. Their window minus them is month 1.
    const input = table([[6, 2, 6]], [[6, 8, 10]]);
    expect(input.monthly.team[0]).toEqual([false, true, false, true]);
    const shown = rollingWindows(input);
    expect(shown[0][2]).toBe(false);
    expect(revealedCells(input, shown)).toEqual([]);
  });

  it('never shows two overlapping windows whose difference is one month of too few people', () => {
    // Only month 3 differs between the windows ending in months 2 and 3 (month 0 is empty).
    const input = table([[0, 3, 3, 2]], [[0, 3, 5, 6]]);
    const shown = rollingWindows(input);
    expect(shown[0][2] && shown[0][3]).toBe(false);
    expect(revealedCells(input, shown)).toEqual([]);
  });

  it('shows no window of fewer different people than the minimum, however many months it spans', () => {
    // Three people, the same each month: nine person-months, but three people.
    const input = table(
      [
        [3, 3, 3],
        [9, 9, 9],
      ],
      [
        [3, 3, 3],
        [9, 9, 9],
      ],
    );
    expect(rollingWindows(input)[0]).toEqual([false, false, false]);
  });

  it('shows only windows without a hidden month when there are too many hidden cells to check', () => {
    const months = Math.ceil(MOST_HIDDEN_CELLS / 4) + 1;
    // Four small teams, hidden every month; a fifth, large, team hidden with them in none.
    const people = [
      ...Array.from({ length: 4 }, () => Array.from({ length: months }, () => 2)),
      Array.from({ length: months }, () => 9),
    ];
    const windows = people.map((row) => row.map((value) => value * 3));
    const shown = rollingWindows(table(people, windows));
    expect(shown.slice(0, 4).flat().some(Boolean)).toBe(false);
    expect(shown[4].every(Boolean)).toBe(true);
  });

  it('never reveals a hidden month, and decides each window the same when later months come, over many random tables', () => {
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
    let windowsOverHiddenMonths = 0;
    for (let round = 0; round < 300; round++) {
      const teams = between(1, 4);
      const months = between(3, 9);
      const people = Array.from({ length: teams }, () =>
        Array.from({ length: months }, () => (random() < 0.2 ? 0 : between(1, 8))),
      );
      const windows = people.map((row) =>
        row.map((_, m) => {
          const span = row.slice(Math.max(0, m - WINDOW_MONTHS + 1), m + 1);
          return between(
            Math.max(...span),
            span.reduce((sum, value) => sum + value, 0),
          );
        }),
      );
      const input = table(people, windows);
      const shown = rollingWindows(input);
      expect(revealedCells(input, shown)).toEqual([]);
      shown.forEach((row, t) =>
        row.forEach((isShown, m) => {
          if (windows[t][m] > 0 && windows[t][m] < MINIMUM) expect(isShown).toBe(false);
          const span = input.monthly.team[t].slice(Math.max(0, m - WINDOW_MONTHS + 1), m + 1);
          if (isShown && span.some(Boolean)) windowsOverHiddenMonths += 1;
        }),
      );
      const earlier = months - between(1, 2);
      const truncated = table(
        people.map((row) => row.slice(0, earlier)),
        windows.map((row) => row.slice(0, earlier)),
      );
      expect(rollingWindows(truncated)).toEqual(shown.map((row) => row.slice(0, earlier)));
    }
    // The trend is there to show something: many windows over hidden months are shown.
    expect(windowsOverHiddenMonths).toBeGreaterThan(100);
  });
});
