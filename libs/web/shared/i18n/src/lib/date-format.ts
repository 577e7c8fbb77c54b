import { inject } from '@angular/core';
import type { Locale } from '@leerruimte/shared-contracts';
import { LocaleService } from './locale.service';

/** The language tags dates, numbers and the date picker use for each interface language. */
export const localeTags: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

/** Where the teams work; dates and times are shown in this zone unless told otherwise. */
export const displayTimeZone = 'Europe/Amsterdam';

/**
 * How dates and times look everywhere, typed or read: dd-MM-yyyy and 24-hour HH:mm (Dutch
 * notation, also in English so a date never changes meaning with the language). In Luxon's
 * tokens, for the date pickers; `formatDateTime` writes the same with Intl.
 */
export const dateTimeFormats = {
  /** 07-12-2026 */
  date: 'dd-MM-yyyy',
  /** 15:00 */
  time: 'HH:mm',
  /** 07-12-2026 15:00 */
  dateTime: 'dd-MM-yyyy HH:mm',
  /** maandag 07-12-2026 15:00: when the day of the week matters, as in a schedule. */
  weekdayDateTime: 'cccc dd-MM-yyyy HH:mm',
  /** maandag 07-12-2026: a day heading in a list by day. */
  weekdayDate: 'cccc dd-MM-yyyy',
  /** 7 dec: on a chart axis, where the year is already clear. */
  dayMonth: 'd MMM',
} as const;

export type DateTimeStyle = keyof typeof dateTimeFormats;

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The parts of a moment in Amsterdam (or of a calendar date as it is), in the given language. */
function partsOf(value: string | Date, locale: Locale): Record<string, string> | undefined {
  // A calendar date is a day, not a moment: read at noon UTC, shown in UTC, it stays that day.
  const calendarDate = typeof value === 'string' && CALENDAR_DATE.test(value);
  const instant =
    typeof value === 'string' ? new Date(calendarDate ? `${value}T12:00:00Z` : value) : value;
  if (Number.isNaN(instant.getTime())) return undefined;
  const parts = new Intl.DateTimeFormat(localeTags[locale], {
    timeZone: calendarDate ? 'UTC' : displayTimeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    weekday: 'long',
  }).formatToParts(instant);
  const monthName = new Intl.DateTimeFormat(localeTags[locale], {
    timeZone: calendarDate ? 'UTC' : displayTimeZone,
    month: 'short',
  })
    .format(instant)
    .replace('.', '');
  return Object.fromEntries([
    ...parts.map((part) => [part.type, part.value]),
    ['monthName', monthName],
  ]);
}

/**
 * A calendar date ("2026-12-07"), a moment ("2026-12-07T14:00:00Z") or a Date, in the given
 * style and language, in Amsterdam time. With the browser's own Intl, so pages that show a
 * date do not load a date library.
 */
export function formatDateTime(
  value: string | Date,
  locale: Locale,
  style: DateTimeStyle = 'date',
): string {
  const part = partsOf(value, locale);
  if (!part) return '';
  const date = `${part['day']}-${part['month']}-${part['year']}`;
  const time = `${part['hour']}:${part['minute']}`;
  switch (style) {
    case 'date':
      return date;
    case 'time':
      return time;
    case 'dateTime':
      return `${date} ${time}`;
    case 'weekdayDateTime':
      return `${part['weekday']} ${date} ${time}`;
    case 'weekdayDate':
      return `${part['weekday']} ${date}`;
    case 'dayMonth':
      return `${Number(part['day'])} ${part['monthName']}`;
  }
}

/**
 * Date formatting in the interface language, for a component's template:
 * `protected readonly dates = injectDateFormat()` and `{{ dates.date(item.createdAt) }}`.
 */
export function injectDateFormat() {
  const locale = inject(LocaleService).locale;
  const format = (style: DateTimeStyle) => (value: string | Date) =>
    formatDateTime(value, locale(), style);
  return {
    date: format('date'),
    time: format('time'),
    dateTime: format('dateTime'),
    weekdayDateTime: format('weekdayDateTime'),
    weekdayDate: format('weekdayDate'),
    dayMonth: format('dayMonth'),
  };
}

export type DateFormat = ReturnType<typeof injectDateFormat>;

/** The calendar day of a moment in Amsterdam, as days since 1970, to count whole days. */
export function amsterdamDayNumber(value: string | Date): number {
  const [year, month, day] = new Intl.DateTimeFormat('en-CA', { timeZone: displayTimeZone })
    .format(typeof value === 'string' ? new Date(value) : value)
    .split('-')
    .map(Number);
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/**
 * When something happened, as short as it can be said: "14:05" today, "gisteren 14:05",
 * otherwise the date and time ("03-12-2026 14:05").
 */
export function formatWhen(value: string, now: Date, locale: Locale): string {
  const days = amsterdamDayNumber(now) - amsterdamDayNumber(value);
  const time = formatDateTime(value, locale, 'time');
  if (days === 0) return time;
  if (days === 1) return `${locale === 'nl' ? 'gisteren' : 'yesterday'} ${time}`;
  return formatDateTime(value, locale, 'dateTime');
}
