import { calendar } from './ical';

describe(calendar.name, () => {
  const now = new Date('2026-11-22T12:00:00Z');

  it('writes a calendar with one event per moment, with escaped text and CRLF lines', () => {
    const ics = calendar(
      'Reflectiemomenten',
      [
        {
          uid: 'm1-1795000000000@leerruimte',
          start: new Date('2026-11-23T14:00:00Z'),
          minutes: 15,
          summary: 'Reflectievraag: wat, en waarom; echt?',
          description: 'Eerste regel\nTweede regel',
          url: 'http://localhost:3000/reflecties',
        },
      ],
      now,
    );

    expect(ics.split('\r\n')).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Leerruimte//Reflectiemomenten//NL',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:Reflectiemomenten',
      'BEGIN:VEVENT',
      'UID:m1-1795000000000@leerruimte',
      'DTSTAMP:20261122T120000Z',
      'DTSTART:20261123T140000Z',
      'DURATION:PT15M',
      'SUMMARY:Reflectievraag: wat\\, en waarom\\; echt?',
      'DESCRIPTION:Eerste regel\\nTweede regel',
      'URL:http://localhost:3000/reflecties',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const ics = calendar('é'.repeat(60), [], now);
    const lines = ics.split('\r\n');
    const folded = lines.filter((line) => line.startsWith(' ') || line.startsWith('X-WR-CALNAME'));
    expect(folded.length).toBeGreaterThan(1);
    for (const line of folded) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(folded.map((line, index) => (index === 0 ? line : line.slice(1))).join('')).toBe(
      `X-WR-CALNAME:${'é'.repeat(60)}`,
    );
  });
});
