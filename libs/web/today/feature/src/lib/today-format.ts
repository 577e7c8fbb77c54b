import type { Locale } from '@leerruimte/shared-contracts';
import { amsterdamDayNumber, displayTimeZone, localeTags } from '@leerruimte/web-shared-i18n';

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
  const format = new Intl.RelativeTimeFormat(localeTags[locale], { numeric: 'auto' });
  const days = amsterdamDayNumber(instant) - amsterdamDayNumber(now);
  if (days !== 0) {
    const time = new Intl.DateTimeFormat(localeTags[locale], {
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: displayTimeZone,
    }).format(instant);
    return { relative: format.format(days, 'day'), time };
  }
  const minutes = Math.round((instant.getTime() - now.getTime()) / 60_000);
  return Math.abs(minutes) >= 60
    ? { relative: format.format(Math.trunc(minutes / 60), 'hour'), time: null }
    : { relative: format.format(minutes, 'minute'), time: null };
}

export function percentage(share: number, locale: Locale): string {
  return new Intl.NumberFormat(localeTags[locale], {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(share);
}

/** Morning until 12:00, afternoon until 18:00, in Amsterdam. */
export function partOfDay(now: Date): 'morning' | 'afternoon' | 'evening' {
  const hour = Number(
    new Intl.DateTimeFormat('en-GB', {
      hour: '2-digit',
      hourCycle: 'h23',
      timeZone: displayTimeZone,
    }).format(now),
  );
  return hour < 12 ? 'morning' : hour < 18 ? 'afternoon' : 'evening';
}
