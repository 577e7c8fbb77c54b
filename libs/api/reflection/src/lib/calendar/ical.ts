/** Just enough of RFC 5545 for a read-only calendar of upcoming reflection moments and trainings. */
import { icalDocument, icalStamp, icalText } from '@leerruimte/api-core';

export interface CalendarEvent {
  uid: string;
  start: Date;
  minutes: number;
  summary: string;
  description: string;
  location?: string;
  url: string;
}

export function calendar(name: string, events: CalendarEvent[], now = new Date()): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Leerruimte//Reflectiemomenten//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${icalText(name)}`,
    ...events.flatMap((event) => [
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${icalStamp(now)}`,
      `DTSTART:${icalStamp(event.start)}`,
      `DURATION:PT${event.minutes}M`,
      `SUMMARY:${icalText(event.summary)}`,
      `DESCRIPTION:${icalText(event.description)}`,
      ...(event.location ? [`LOCATION:${icalText(event.location)}`] : []),
      `URL:${event.url}`,
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ];
  return icalDocument(lines);
}
