import { monthCount, monthsBetween } from '@leerruimte/shared-contracts';

export type Quarter = 1 | 2 | 3 | 4;
export type Half = 1 | 2;

/** A report period as people choose it; the API only knows whole months from-to. */
export type Period =
  | { kind: 'quarter'; year: number; quarter: Quarter }
  | { kind: 'half'; year: number; half: Half }
  | { kind: 'year'; year: number }
  | { kind: 'custom'; from: string; to: string };

export type PeriodKind = Period['kind'];

export interface MonthRange {
  from: string;
  to: string;
}

/** The API refuses periods longer than three years (the contract's `period_too_long`). */
export const maxPeriodMonths = 36;

function month(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** The first and last month of a period, as YYYY-MM. */
export function periodRange(period: Period): MonthRange {
  switch (period.kind) {
    case 'quarter': {
      const first = (period.quarter - 1) * 3 + 1;
      return { from: month(period.year, first), to: month(period.year, first + 2) };
    }
    case 'half': {
      const first = period.half === 1 ? 1 : 7;
      return { from: month(period.year, first), to: month(period.year, first + 5) };
    }
    case 'year':
      return { from: month(period.year, 1), to: month(period.year, 12) };
    case 'custom':
      return { from: period.from, to: period.to };
  }
}

/** This month in Amsterdam: the reports count calendar months in Dutch time. */
export function currentMonth(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
  }).format(now);
}

/** The quarter we are in: the period a report opens with. */
export function currentQuarter(now: Date = new Date()): Period {
  const [year, monthNumber] = currentMonth(now).split('-').map(Number);
  return { kind: 'quarter', year, quarter: (Math.floor((monthNumber - 1) / 3) + 1) as Quarter };
}

/** Why a chosen custom period cannot be asked for, in the contract's reason words. */
export function customPeriodProblem(
  from: string,
  to: string,
): 'end_before_start' | 'period_too_long' | null {
  if (to < from) return 'end_before_start';
  return monthCount(from, to) > maxPeriodMonths ? 'period_too_long' : null;
}

/** The years one can choose, this year first. */
export function recentYears(count: number, now: Date = new Date()): number[] {
  const year = Number(currentMonth(now).slice(0, 4));
  return Array.from({ length: count }, (_, index) => year - index);
}

/** The months one can choose for a custom period, newest first, up to this month. */
export function recentMonths(years: number, now: Date = new Date()): string[] {
  const to = currentMonth(now);
  const from = month(Number(to.slice(0, 4)) - years + 1, 1);
  return monthsBetween(from, to).reverse();
}

export function samePeriod(a: Period, b: Period): boolean {
  const first = periodRange(a);
  const second = periodRange(b);
  return a.kind === b.kind && first.from === second.from && first.to === second.to;
}
