import { amsterdamDayNumber } from '@leerruimte/web-shared-i18n';

/** How many days from today (in Amsterdam) a calendar date ("2026-12-09") lies: 0 is today. */
export function daysFromToday(date: string, now: Date): number {
  const [year, month, day] = date.split('-').map(Number);
  return Date.UTC(year, month - 1, day) / 86_400_000 - amsterdamDayNumber(now);
}
