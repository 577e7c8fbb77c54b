import { amsterdamInstant } from './trainings.service';

describe(amsterdamInstant.name, () => {
  it('reads a wall-clock time in Amsterdam, winter and summer', () => {
    expect(amsterdamInstant('2026-12-14', '09:30')?.toISOString()).toBe('2026-12-14T08:30:00.000Z');
    expect(amsterdamInstant('2027-06-14', '09:30')?.toISOString()).toBe('2027-06-14T07:30:00.000Z');
  });

  it('refuses the hour skipped when summer time starts, and reads the hours around it', () => {
    expect(amsterdamInstant('2027-03-28', '02:30')).toBeNull();
    expect(amsterdamInstant('2027-03-28', '01:59')?.toISOString()).toBe('2027-03-28T00:59:00.000Z');
    expect(amsterdamInstant('2027-03-28', '03:00')?.toISOString()).toBe('2027-03-28T01:00:00.000Z');
  });

  it('reads the hour that happens twice when winter time starts as winter time, and the day after it', () => {
    expect(amsterdamInstant('2026-10-25', '02:30')?.toISOString()).toBe('2026-10-25T01:30:00.000Z');
    expect(amsterdamInstant('2026-10-25', '09:00')?.toISOString()).toBe('2026-10-25T08:00:00.000Z');
  });
});
