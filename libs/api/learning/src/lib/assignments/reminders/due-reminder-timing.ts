import { DateTime } from 'luxon';

const ZONE = 'Europe/Amsterdam';
const DAYS_BEFORE = 2;
const HOUR = 9;
/** A reminder moved off a weekend lies at most this many days before its due date. */
const MOST_DAYS_BEFORE = DAYS_BEFORE + 2;

/**
 * When an assignment due on this date is reminded of: at 09:00 in Amsterdam, two days before.
 * A Saturday or Sunday moves to the Friday before, so the reminder comes on a working day and
 * leaves working days to finish; 09:00 stays 09:00 across daylight-saving changes.
 */
export function dueReminderAt(dueDate: string): Date {
  const day = DateTime.fromISO(dueDate, { zone: ZONE }).minus({ days: DAYS_BEFORE });
  const weekend = Math.max(0, day.weekday - 5);
  return day
    .minus({ days: weekend })
    .set({ hour: HOUR, minute: 0, second: 0, millisecond: 0 })
    .toJSDate();
}

export interface DueReminder {
  dueDate: string;
  remindAt: Date;
}

/**
 * The due dates whose reminder time has come at `now`: from today (a date that passed needs no
 * reminder) up to the last one whose 09:00 lies at or before now. A run that was missed is made
 * up by the next one, as long as the due date has not passed.
 */
export function dueDatesToRemind(now: Date): DueReminder[] {
  const today = DateTime.fromJSDate(now).setZone(ZONE).startOf('day');
  return Array.from({ length: MOST_DAYS_BEFORE + 1 }, (_, days) => {
    const dueDate = today.plus({ days }).toISODate() as string;
    return { dueDate, remindAt: dueReminderAt(dueDate) };
  }).filter((reminder) => reminder.remindAt <= now);
}
