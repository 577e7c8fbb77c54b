import { DateTime } from 'luxon';

/** ISO weekday numbers: 1 is Monday, 7 is Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export type Recurrence =
  | { kind: 'once' }
  /** On the given days, every `intervalWeeks` weeks counted from the start date's week. */
  | { kind: 'weekly'; days: Weekday[]; intervalWeeks: number }
  /** The nth (1 to 4, or -1 for the last) given weekday of every month, e.g. first Monday. */
  | { kind: 'monthly'; weekday: Weekday; nth: 1 | 2 | 3 | 4 | -1 };

export interface Schedule {
  /** An IANA zone; the moment keeps its local time across daylight-saving changes. */
  timeZone: string;
  /** Local time, HH:mm. */
  time: string;
  /** Local dates, YYYY-MM-DD; the end date is included. */
  startDate: string;
  endDate?: string;
  recurrence: Recurrence;
  /** The team's working days; an occurrence on another day waits for the next working day. */
  workingDays: Weekday[];
  /**
   * No prompt between these local times (HH:mm; `from` after `to` spans the night, e.g. 18:00 to
   * 08:00); an occurrence inside waits until `to`.
   */
  quietHours?: { from: string; to: string };
}

function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

function inQuietHours(local: DateTime, quiet: Schedule['quietHours']): boolean {
  if (!quiet) return false;
  const now = local.hour * 60 + local.minute;
  const from = minutesOf(quiet.from);
  const to = minutesOf(quiet.to);
  return from <= to ? now >= from && now < to : now >= from || now < to;
}

/**
 * The instant of a local date and time. A time that does not exist (02:30 on the night the
 * clocks go forward) moves forward with the clocks, to 03:30; a time that exists twice (02:30
 * on the night they go back) is taken the first time, so it happens once.
 */
export function localInstant(date: DateTime, time: string, timeZone: string): DateTime {
  const [hour, minute] = time.split(':').map(Number);
  const local = DateTime.fromObject(
    { year: date.year, month: date.month, day: date.day, hour, minute },
    { zone: timeZone },
  );
  const hourEarlier = local.minus({ hours: 1 });
  return hourEarlier.hour === local.hour && hourEarlier.minute === local.minute
    ? hourEarlier
    : local;
}

/** The days the recurrence falls on, in order, from the start date on (unbounded). */
function* recurrenceDays(schedule: Schedule): Generator<DateTime> {
  const start = DateTime.fromISO(schedule.startDate, { zone: schedule.timeZone }).startOf('day');
  const { recurrence } = schedule;
  switch (recurrence.kind) {
    case 'once':
      yield start;
      return;
    case 'weekly': {
      const days = [...new Set(recurrence.days)].sort((a, b) => a - b);
      if (days.length === 0 || recurrence.intervalWeeks < 1) return;
      for (
        let week = start.startOf('week');
        ;
        week = week.plus({ weeks: recurrence.intervalWeeks })
      ) {
        for (const weekday of days) {
          const day = week.plus({ days: weekday - 1 });
          if (day >= start) yield day;
        }
      }
    }
    case 'monthly':
      for (let month = start.startOf('month'); ; month = month.plus({ months: 1 })) {
        const day =
          recurrence.nth === -1
            ? lastWeekdayOfMonth(month, recurrence.weekday)
            : firstWeekdayOfMonth(month, recurrence.weekday).plus({ weeks: recurrence.nth - 1 });
        if (day.month === month.month && day >= start) yield day;
      }
  }
}

function firstWeekdayOfMonth(month: DateTime, weekday: Weekday): DateTime {
  return month.plus({ days: (weekday - month.weekday + 7) % 7 });
}

function lastWeekdayOfMonth(month: DateTime, weekday: Weekday): DateTime {
  const last = month.endOf('month').startOf('day');
  return last.minus({ days: (last.weekday - weekday + 7) % 7 });
}

/**
 * When a planned moment may actually be delivered: on a working day (at the same local time),
 * outside quiet hours (at their end). A moment that may not waits for the next allowed time.
 */
export function nextAllowed(planned: DateTime, schedule: Schedule): DateTime {
  const { quietHours, timeZone } = schedule;
  const time = planned.toFormat('HH:mm');
  let candidate = planned;
  // Two weeks of days is more than any set of working days and quiet hours can postpone.
  for (let tries = 0; tries < 14; tries++) {
    if (!schedule.workingDays.includes(candidate.weekday as Weekday)) {
      candidate = localInstant(candidate.plus({ days: 1 }), time, timeZone);
    } else if (quietHours && inQuietHours(candidate, quietHours)) {
      const endToday = localInstant(candidate, quietHours.to, timeZone);
      candidate =
        endToday > candidate
          ? endToday
          : localInstant(candidate.plus({ days: 1 }), quietHours.to, timeZone);
    } else {
      return candidate;
    }
  }
  return candidate;
}

export interface Occurrence {
  /** When the schedule says, in its local time. */
  plannedAt: Date;
  /** When it is delivered: the planned time, or the next allowed time after it. */
  deliverAt: Date;
}

/**
 * The next `count` occurrences whose planned time is after `after`. Occurrences that would be
 * delivered at the same instant (two days both moved to Monday morning) count once.
 */
export function nextOccurrences(schedule: Schedule, after: Date, count: number): Occurrence[] {
  const end = schedule.endDate
    ? DateTime.fromISO(schedule.endDate, { zone: schedule.timeZone }).endOf('day')
    : undefined;
  const result: Occurrence[] = [];
  const seen = new Set<number>();
  for (const day of recurrenceDays(schedule)) {
    if (result.length >= count || (end && day > end)) break;
    const planned = localInstant(day, schedule.time, schedule.timeZone);
    if (planned.toMillis() <= after.getTime()) continue;
    const deliver = nextAllowed(planned, schedule);
    if (seen.has(deliver.toMillis())) continue;
    seen.add(deliver.toMillis());
    result.push({ plannedAt: planned.toJSDate(), deliverAt: deliver.toJSDate() });
  }
  return result;
}
