import { inject } from '@angular/core';
import type { Locale } from '@leerruimte/shared-contracts';
import { DateTime } from 'luxon';
import { LocaleService } from './locale.service';

/** The language tags dates, numbers and the date picker use for each interface language. */
export const localeTags: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

/** Where the teams work; dates and times are shown in this zone unless told otherwise. */
export const displayTimeZone = 'Europe/Amsterdam';

/**
 * How dates and times look everywhere, typed or read: dd-MM-yyyy and 24-hour HH:mm (Dutch
 * notation, also in English so a date never changes meaning with the language).
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
  /** 7 dec: on a chart axis, where the year is already clear. */
  dayMonth: 'd MMM',
} as const;

export type DateTimeStyle = keyof typeof dateTimeFormats;

/**
 * A calendar date ("2026-12-07"), a moment ("2026-12-07T14:00:00Z") or a Date, in the given
 * style and language, in Amsterdam time.
 */
export function formatDateTime(
  value: string | Date,
  locale: Locale,
  style: DateTimeStyle = 'date',
): string {
  const options = { zone: displayTimeZone, locale: localeTags[locale] };
  const moment =
    typeof value === 'string'
      ? DateTime.fromISO(value, options)
      : DateTime.fromJSDate(value, options);
  return moment.isValid ? moment.toFormat(dateTimeFormats[style]) : '';
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
    dayMonth: format('dayMonth'),
  };
}

export type DateFormat = ReturnType<typeof injectDateFormat>;
