import type { Locale } from '@leerruimte/shared-contracts';

const ZONE = 'Europe/Amsterdam';
const tag = (locale: Locale) => (locale === 'nl' ? 'nl-NL' : 'en-GB');

/** The calendar date in Amsterdam, as a number of days since 1970, to count whole days. */
function amsterdamDay(instant: Date): number {
  const [year, month, day] = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE })
    .format(instant)
    .split('-')
    .map(Number);
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/**
 * When something happens, relative to now: later today in hours or minutes ("over 3 uur"),
 * otherwise in calendar days ("morgen", "over 3 dagen") with the time of day, 24-hour.
 */
export function relativeMoment(
  iso: string,
  now: Date,
  locale: Locale,
): { relative: string; time: string | null } {
  const instant = new Date(iso);
  const format = new Intl.RelativeTimeFormat(tag(locale), { numeric: 'auto' });
  const days = amsterdamDay(instant) - amsterdamDay(now);
  if (days !== 0) {
    const time = new Intl.DateTimeFormat(tag(locale), {
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: ZONE,
    }).format(instant);
    return { relative: format.format(days, 'day'), time };
  }
  const minutes = Math.round((instant.getTime() - now.getTime()) / 60_000);
  return Math.abs(minutes) >= 60
    ? { relative: format.format(Math.trunc(minutes / 60), 'hour'), time: null }
    : { relative: format.format(minutes, 'minute'), time: null };
}

/** "ma 7 dec, 15:00" in Amsterdam time, 24-hour. */
export function weekdayTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(tag(locale), {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: ZONE,
  }).format(new Date(iso));
}

/** A calendar date ("2026-12-07" or an instant) as "7 december 2026". */
export function longDate(value: string, locale: Locale): string {
  const instant = value.length === 10 ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return new Intl.DateTimeFormat(tag(locale), { dateStyle: 'long', timeZone: ZONE }).format(
    instant,
  );
}

export function percentage(share: number, locale: Locale): string {
  return new Intl.NumberFormat(tag(locale), { style: 'percent', maximumFractionDigits: 0 }).format(
    share,
  );
}

/** Morning until 12:00, afternoon until 18:00, in Amsterdam. */
export function partOfDay(now: Date): 'morning' | 'afternoon' | 'evening' {
  const hour = Number(
    new Intl.DateTimeFormat('en-GB', { hour: '2-digit', hourCycle: 'h23', timeZone: ZONE }).format(
      now,
    ),
  );
  return hour < 12 ? 'morning' : hour < 18 ? 'afternoon' : 'evening';
}
