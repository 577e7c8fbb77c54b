import { DateTime } from 'luxon';
import type { AgendaWindow } from '@leerruimte/api-core';
import type { Agenda, AgendaItem } from '@leerruimte/shared-contracts';

const ZONE = 'Europe/Amsterdam';

/** `days` days in Amsterdam, today first: from now to the start of the day after the last. */
export function agendaWindow(now: Date, days: number): AgendaWindow {
  const today = DateTime.fromJSDate(now).setZone(ZONE).startOf('day');
  const last = today.plus({ days: days - 1 });
  return {
    from: now,
    until: last.plus({ days: 1 }).toJSDate(),
    firstDay: today.toISODate() as string,
    lastDay: last.toISODate() as string,
  };
}

interface Place {
  /** The day in Amsterdam. */
  day: string;
  /** Null for what lasts the whole day. */
  time: number | null;
  title: string;
}

/** Where an item goes in the agenda; each kind says it once, the compiler checks every kind. */
function placeOf(item: AgendaItem): Place {
  switch (item.kind) {
    case 'reflection_moment':
      return {
        day: DateTime.fromISO(item.at).setZone(ZONE).toISODate() as string,
        time: Date.parse(item.at),
        title: item.question,
      };
    case 'assignment_due':
      return { day: item.dueDate, time: null, title: item.title };
    case 'training_session':
      return {
        day: DateTime.fromISO(item.at).setZone(ZONE).toISODate() as string,
        time: Date.parse(item.at),
        title: item.title,
      };
  }
}

/** Within a day: what lasts all day first, then by time; at the same time by team, then title. */
function compareWithinDay(
  a: { item: AgendaItem; place: Place },
  b: { item: AgendaItem; place: Place },
): number {
  const time = (place: Place) => place.time ?? Number.MIN_SAFE_INTEGER;
  return (
    time(a.place) - time(b.place) ||
    a.item.teamName.localeCompare(b.item.teamName, 'nl') ||
    a.place.title.localeCompare(b.place.title, 'nl')
  );
}

/** The items by day in Amsterdam: days in order, only those in the window with something on. */
export function agendaByDay(items: readonly AgendaItem[], window: AgendaWindow): Agenda {
  const days = new Map<string, Array<{ item: AgendaItem; place: Place }>>();
  for (const item of items) {
    const place = placeOf(item);
    if (place.day < window.firstDay || place.day > window.lastDay) continue;
    days.set(place.day, [...(days.get(place.day) ?? []), { item, place }]);
  }
  return {
    from: window.firstDay,
    until: window.lastDay,
    days: [...days.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([date, placed]) => ({
        date,
        items: placed.sort(compareWithinDay).map(({ item }) => item),
      })),
  };
}
