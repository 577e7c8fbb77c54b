import { TestBed } from '@angular/core/testing';
import { formatDateTime, formatWhen, injectDateFormat } from './date-format';
import { LocaleService } from './locale.service';

describe(formatDateTime.name, () => {
  it('writes a calendar date as dd-MM-yyyy, whatever the time zone of the browser', () => {
    expect(formatDateTime('2026-12-07', 'nl')).toBe('07-12-2026');
    expect(formatDateTime('2026-03-29', 'en')).toBe('29-03-2026');
  });

  it('shows a moment in Amsterdam time on a 24-hour clock, summer and winter', () => {
    expect(formatDateTime('2026-07-07T13:00:00Z', 'nl', 'dateTime')).toBe('07-07-2026 15:00');
    expect(formatDateTime('2026-12-07T14:00:00Z', 'en', 'time')).toBe('15:00');
    expect(formatDateTime(new Date('2026-12-07T14:05:00Z'), 'nl', 'time')).toBe('15:05');
  });

  it('names the day of the week in the interface language where it matters', () => {
    expect(formatDateTime('2026-12-11T14:00:00Z', 'nl', 'weekdayDateTime')).toBe(
      'vrijdag 11-12-2026 15:00',
    );
    expect(formatDateTime('2026-12-11T14:00:00Z', 'en', 'weekdayDateTime')).toBe(
      'Friday 11-12-2026 15:00',
    );
  });

  it('gives an empty text rather than "Invalid DateTime" for something that is no date', () => {
    expect(formatDateTime('soon', 'nl')).toBe('');
  });
});

describe(injectDateFormat.name, () => {
  beforeEach(() => localStorage.clear());

  it('follows a switch of the interface language', () => {
    const sut = TestBed.runInInjectionContext(() => injectDateFormat());
    expect(sut.dayMonth('2026-12-07')).toBe('7 dec');

    TestBed.inject(LocaleService).use('en');

    expect(sut.dayMonth('2026-12-07')).toBe('7 Dec');
  });
});

describe('formatDateTime around the changes of daylight saving time', () => {
  it('keeps 15:00 at 15:00 in Amsterdam on both sides of a change', () => {
    expect(formatDateTime('2026-03-28T14:00:00Z', 'nl', 'dateTime')).toBe('28-03-2026 15:00');
    expect(formatDateTime('2026-03-29T13:00:00Z', 'nl', 'dateTime')).toBe('29-03-2026 15:00');
    expect(formatDateTime('2026-10-25T14:00:00Z', 'nl', 'dateTime')).toBe('25-10-2026 15:00');
  });

  it('shows a moment just before midnight UTC as the next day in Amsterdam', () => {
    expect(formatDateTime('2026-12-06T23:30:00Z', 'nl', 'dateTime')).toBe('07-12-2026 00:30');
  });
});

describe(formatWhen.name, () => {
  // Sunday 6 December 2026, 10:00 in Amsterdam.
  const now = new Date('2026-12-06T09:00:00Z');

  it('says only the time today, "gisteren" yesterday, and the date before that', () => {
    expect(formatWhen('2026-12-06T07:30:00Z', now, 'nl')).toBe('08:30');
    expect(formatWhen('2026-12-05T13:05:00Z', now, 'nl')).toBe('gisteren 14:05');
    expect(formatWhen('2026-12-05T13:05:00Z', now, 'en')).toBe('yesterday 14:05');
    expect(formatWhen('2026-12-03T13:05:00Z', now, 'nl')).toBe('03-12-2026 14:05');
    // Just after midnight in Amsterdam is already today, though it is yesterday in UTC.
    expect(formatWhen('2026-12-05T23:30:00Z', now, 'nl')).toBe('00:30');
  });
});
