import {
  currentMonth,
  currentQuarter,
  customPeriodProblem,
  periodRange,
  recentMonths,
  recentYears,
} from './period';

describe(periodRange.name, () => {
  it('turns each quarter into its three months', () => {
    expect(periodRange({ kind: 'quarter', year: 2026, quarter: 1 })).toEqual({
      from: '2026-01',
      to: '2026-03',
    });
    expect(periodRange({ kind: 'quarter', year: 2026, quarter: 4 })).toEqual({
      from: '2026-10',
      to: '2026-12',
    });
  });

  it('turns a half year into January to June or July to December', () => {
    expect(periodRange({ kind: 'half', year: 2025, half: 1 })).toEqual({
      from: '2025-01',
      to: '2025-06',
    });
    expect(periodRange({ kind: 'half', year: 2025, half: 2 })).toEqual({
      from: '2025-07',
      to: '2025-12',
    });
  });

  it('turns a year into January to December, and keeps a custom period as chosen', () => {
    expect(periodRange({ kind: 'year', year: 2024 })).toEqual({ from: '2024-01', to: '2024-12' });
    expect(periodRange({ kind: 'custom', from: '2025-11', to: '2026-02' })).toEqual({
      from: '2025-11',
      to: '2026-02',
    });
  });
});

describe(currentQuarter.name, () => {
  it('opens with the quarter of today in Amsterdam, also on New Year’s night', () => {
    expect(currentQuarter(new Date('2026-08-15T12:00:00Z'))).toEqual({
      kind: 'quarter',
      year: 2026,
      quarter: 3,
    });
    // 23:30 UTC on 31 December is already 1 January in Amsterdam.
    expect(currentMonth(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01');
    expect(currentQuarter(new Date('2026-12-31T23:30:00Z'))).toEqual({
      kind: 'quarter',
      year: 2027,
      quarter: 1,
    });
  });
});

describe(customPeriodProblem.name, () => {
  it('accepts one month up to three years, and refuses an end before the start or longer', () => {
    expect(customPeriodProblem('2026-03', '2026-03')).toBeNull();
    expect(customPeriodProblem('2024-01', '2026-12')).toBeNull();
    expect(customPeriodProblem('2026-03', '2026-02')).toBe('end_before_start');
    expect(customPeriodProblem('2023-12', '2026-12')).toBe('period_too_long');
  });
});

describe(recentMonths.name, () => {
  it('offers this year and the ones before, and their months newest first', () => {
    const now = new Date('2026-03-10T12:00:00Z');
    expect(recentYears(3, now)).toEqual([2026, 2025, 2024]);
    const months = recentMonths(2, now);
    expect(months.slice(0, 3)).toEqual(['2026-03', '2026-02', '2026-01']);
    expect(months.at(-1)).toBe('2025-01');
  });
});
