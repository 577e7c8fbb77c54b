import { DateTime } from 'luxon';
import {
  dateControl,
  fromIsoDate,
  fromIsoTime,
  isoToday,
  timeControl,
  toIsoDate,
  toIsoTime,
} from './iso-dates';

describe(toIsoDate.name, () => {
  it('sends the picked calendar date, not a moment that a time zone could shift', () => {
    expect(toIsoDate(DateTime.fromObject({ year: 2026, month: 12, day: 7 }))).toBe('2026-12-07');
    expect(
      toIsoDate(
        DateTime.fromObject({ year: 2026, month: 3, day: 29 }, { zone: 'Pacific/Auckland' }),
      ),
    ).toBe('2026-03-29');
  });

  it('sends nothing for an empty or invalid date', () => {
    expect(toIsoDate(null)).toBeUndefined();
    expect(toIsoDate(DateTime.invalid('typed nonsense'))).toBeUndefined();
  });
});

describe(toIsoTime.name, () => {
  it('sends a picked time as HH:mm on a 24-hour clock', () => {
    expect(toIsoTime(DateTime.fromObject({ hour: 15, minute: 0 }))).toBe('15:00');
    expect(toIsoTime(DateTime.fromObject({ hour: 9, minute: 5 }))).toBe('09:05');
    expect(toIsoTime(null)).toBeUndefined();
  });
});

describe(fromIsoDate.name, () => {
  it('turns API dates and times into picker values and back unchanged', () => {
    expect(toIsoDate(fromIsoDate('2026-12-07'))).toBe('2026-12-07');
    expect(toIsoTime(fromIsoTime('07:30'))).toBe('07:30');
    expect(fromIsoDate('')).toBeNull();
    expect(fromIsoTime('25:00')).toBeNull();
  });

  it('fills controls with API values', () => {
    expect(toIsoDate(dateControl('2026-12-07').value)).toBe('2026-12-07');
    expect(timeControl().value).toBeNull();
    expect(isoToday()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
