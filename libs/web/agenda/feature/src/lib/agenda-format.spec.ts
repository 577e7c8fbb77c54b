import { daysFromToday } from './agenda-format';

describe(daysFromToday.name, () => {
  it('counts calendar days in Amsterdam, so just after midnight there is already the next day', () => {
    // 00:30 on Wednesday 9 December 2026 in Amsterdam, still the 8th in UTC.
    const now = new Date('2026-12-08T23:30:00Z');

    expect(daysFromToday('2026-12-09', now)).toBe(0);
    expect(daysFromToday('2026-12-10', now)).toBe(1);
    expect(daysFromToday('2026-12-31', now)).toBe(22);
  });

  it('counts whole days across the change to summer time', () => {
    // Saturday 27 March 2027, 23:30 in Amsterdam; the clocks go forward that night.
    expect(daysFromToday('2027-03-29', new Date('2027-03-27T22:30:00Z'))).toBe(2);
  });
});
