import { partOfDay, relativeMoment } from './today-format';

describe('today-format', () => {
  // Sunday 6 December 2026, 10:00 in Amsterdam (UTC+1).
  const now = new Date('2026-12-06T09:00:00Z');

  it('counts calendar days in Amsterdam, with the time of day', () => {
    expect(relativeMoment('2026-12-07T14:00:00Z', now, 'nl')).toEqual({
      relative: 'morgen',
      time: '15:00',
    });
    // 47 hours away, but the day after tomorrow in Amsterdam.
    expect(relativeMoment('2026-12-08T08:00:00Z', now, 'nl').relative).toBe('overmorgen');
    expect(relativeMoment('2026-12-10T14:00:00Z', now, 'en')).toEqual({
      relative: 'in 4 days',
      time: '15:00',
    });
    // 23:30 UTC is already the next day in Amsterdam.
    expect(relativeMoment('2026-12-06T23:30:00Z', now, 'nl').relative).toBe('morgen');
  });

  it('counts hours and minutes later today', () => {
    expect(relativeMoment('2026-12-06T14:00:00Z', now, 'nl')).toEqual({
      relative: 'over 5 uur',
      time: null,
    });
    expect(relativeMoment('2026-12-06T09:20:00Z', now, 'nl').relative).toBe('over 20 minuten');
  });

  it('greets by the part of the day in Amsterdam', () => {
    expect(partOfDay(now)).toBe('morning');
    expect(partOfDay(new Date('2026-12-06T16:59:00Z'))).toBe('afternoon');
    expect(partOfDay(new Date('2026-12-06T17:00:00Z'))).toBe('evening');
  });
});
