import type { Suppression } from './suppression';

/** A rolling window is the month it ends in and the two before it. */
export const WINDOW_MONTHS = 3;

/**
 * Above this many hidden cells in one family the windows are not checked (the check grows with
 * the square of it), and only windows without a hidden month are shown.
 */
export const MOST_HIDDEN_CELLS = 400;

const EPSILON = 1e-9;

/** One family of figures over the organisation's months, oldest first. */
export interface WindowTable {
  /** `teamPeople[t][m]`: from how many people team t's month m comes. */
  teamPeople: readonly (readonly number[])[];
  /** From how many people the organisation's month m comes. */
  organisationPeople: readonly number[];
  /** `windowPeople[t][m]`: how many different people of team t took part in months m-2 to m. */
  windowPeople: readonly (readonly number[])[];
  /** The months' suppression, as `suppress` decides it for these months. */
  monthly: Suppression;
  minimumGroupSize: number;
}

/**
 * Which rolling three-month windows of each team may be shown (`shown[t][m]`: the window that
 * ends in month m), so that a team with too few people in a month still shows a trend.
 *
 * A window is the sum of its months. It is shown when its months together come from at least the
 * minimum of different people, and when, with everything else that is shown, it does not
 * determine a hidden cell of too few people: not alone, not by difference with an overlapping
 * window or a shown month, nor through the organisation's month (taken as the sum of its teams',
 * which is the most an attacker could know). That is checked exactly: the hidden cells are the
 * unknowns of the linear equations that what is shown makes, kept in reduced row echelon form, in
 * which a cell is determined exactly when one row is that cell alone.
 *
 * Months are taken in order and a window is decided when its last month is, so a month added
 * later never changes whether an earlier window is shown: every report of any period shows the
 * same windows, and comparing reports reveals nothing more.
 */
export function rollingWindows(table: WindowTable): boolean[][] {
  const { teamPeople, organisationPeople, windowPeople, monthly, minimumGroupSize } = table;
  const months = organisationPeople.length;
  const tooFew = (people: number) => people > 0 && people < minimumGroupSize;

  // The unknowns, each hidden team cell and organisation month, by their place; -1 is shown.
  const teamUnknown = teamPeople.map((row, t) =>
    row.map((_, m): number => (monthly.team[t][m] ? 0 : -1)),
  );
  const organisationUnknown = organisationPeople.map((_, m): number =>
    monthly.organisation[m] ? 0 : -1,
  );
  const guarded: boolean[] = [];
  for (let m = 0; m < months; m++) {
    teamUnknown.forEach((row, t) => {
      if (row[m] === -1) return;
      row[m] = guarded.length;
      guarded.push(tooFew(teamPeople[t][m]));
    });
    if (organisationUnknown[m] === -1) continue;
    organisationUnknown[m] = guarded.length;
    guarded.push(tooFew(organisationPeople[m]));
  }

  const shown = teamPeople.map((row) => row.map(() => false));
  const enoughPeople = (t: number, m: number) =>
    windowPeople[t][m] === 0 || windowPeople[t][m] >= minimumGroupSize;
  const windowUnknowns = (t: number, m: number) =>
    teamUnknown[t].slice(Math.max(0, m - WINDOW_MONTHS + 1), m + 1).filter((index) => index >= 0);

  if (guarded.length > MOST_HIDDEN_CELLS) {
    teamPeople.forEach((_, t) => {
      for (let m = 0; m < months; m++) {
        shown[t][m] = enoughPeople(t, m) && windowUnknowns(t, m).length === 0;
      }
    });
    return shown;
  }

  const known = new EchelonForm(guarded);
  // Teams in the order of their place in the table, which the caller keeps stable.
  for (let m = 0; m < months; m++) {
    const column = new Map<number, number>();
    if (organisationUnknown[m] >= 0) column.set(organisationUnknown[m], 1);
    teamUnknown.forEach((row) => {
      if (row[m] >= 0) column.set(row[m], -1);
    });
    // The months' own suppression never determines a cell by itself (no line has one hidden).
    if (column.size > 0) known.add(column, { force: true });
    teamPeople.forEach((_, t) => {
      if (!enoughPeople(t, m)) return;
      const unknowns = windowUnknowns(t, m);
      shown[t][m] =
        unknowns.length === 0 || known.add(new Map(unknowns.map((index) => [index, 1])));
    });
  }
  return shown;
}

/**
 * Linear equations over the unknowns in reduced row echelon form: each row has a pivot, 1, where
 * every other row has 0. A combination of rows is one unknown alone exactly when a row is.
 */
class EchelonForm {
  private rows: Float64Array[] = [];
  private readonly pivots: number[] = [];

  /** `guarded[i]`: whether unknown i must never be determined. */
  constructor(private readonly guarded: readonly boolean[]) {}

  /**
   * Adds an equation (its coefficients by unknown) unless, with the others, it would determine a
   * guarded unknown; true when it was added or added nothing new. `force` adds it regardless.
   */
  add(coefficients: ReadonlyMap<number, number>, { force = false } = {}): boolean {
    const row = new Float64Array(this.guarded.length);
    for (const [index, value] of coefficients) row[index] = value;
    this.rows.forEach((known, i) => subtract(row, row[this.pivots[i]], known));
    let pivot = -1;
    for (let i = 0; i < row.length; i++) {
      if (Math.abs(row[i]) > EPSILON && (pivot < 0 || Math.abs(row[i]) > Math.abs(row[pivot]))) {
        pivot = i;
      }
    }
    if (pivot < 0) return true;
    const scale = row[pivot];
    for (let i = 0; i < row.length; i++) row[i] = clean(row[i] / scale);
    let determines = this.determinesGuarded(row);
    const rows = this.rows.map((known) => {
      if (known[pivot] === 0) return known;
      const copy = known.slice();
      subtract(copy, copy[pivot], row);
      // Only a row that changed can have become one unknown alone.
      determines ||= this.determinesGuarded(copy);
      return copy;
    });
    rows.push(row);
    if (!force && determines) return false;
    this.rows = rows;
    this.pivots.push(pivot);
    return true;
  }

  private determinesGuarded(row: Float64Array): boolean {
    let only = -1;
    for (let i = 0; i < row.length; i++) {
      if (row[i] === 0) continue;
      if (only >= 0) return false;
      only = i;
    }
    return only >= 0 && this.guarded[only];
  }
}

/** `row -= factor × other`, with what rounding leaves near zero made zero. */
function subtract(row: Float64Array, factor: number, other: Float64Array): void {
  if (factor === 0) return;
  for (let i = 0; i < row.length; i++) {
    if (other[i] !== 0) row[i] = clean(row[i] - factor * other[i]);
  }
}

function clean(value: number): number {
  return Math.abs(value) < EPSILON ? 0 : value;
}
