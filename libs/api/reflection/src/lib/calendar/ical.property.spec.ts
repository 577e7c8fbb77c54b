import fc from 'fast-check';
import ICAL from 'ical.js';
import { calendar } from './ical';

/**
 * Whatever a team lead types as a question, a real iCal parser reads the feed back as the same
 * events with the same text: no line break, CR or separator in a question starts a property or
 * an event of its own.
 */
describe('the calendar feed, read back by a real iCal parser', () => {
  const pieces = fc.constantFrom(
    'a',
    'é',
    '😀',
    ' ',
    ';',
    ',',
    ':',
    '\\',
    '\\n',
    '\r',
    '\n',
    '\r\n',
    '\t',
    '\u0001',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'SUMMARY:Nep',
  );
  const text = fc.string({ unit: pieces, maxLength: 60 });
  // eslint-disable-next-line no-control-regex
  const otherControlCharacters = /[\u0000-\u0008\u000B-\u001F\u007F]/g;
  /** What a calendar shows: every line break one newline, other control characters gone. */
  const shown = (value: string) =>
    value.replace(/\r\n|\r|\n/g, '\n').replace(otherControlCharacters, '');

  it('gives back as many events as were written, with the same summary and description', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ summary: text, description: text }), { minLength: 1, maxLength: 4 }),
        (written) => {
          const ics = calendar(
            'Reflectiemomenten',
            written.map((event, index) => ({
              uid: `m${index}@leerruimte`,
              start: new Date('2026-11-23T14:00:00Z'),
              minutes: 15,
              summary: event.summary,
              description: event.description,
              url: 'http://localhost:3000/reflecties',
            })),
          );

          const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');

          expect(events).toHaveLength(written.length);
          events.forEach((event, index) => {
            expect(event.getFirstPropertyValue('summary')).toBe(shown(written[index].summary));
            expect(event.getFirstPropertyValue('description')).toBe(
              shown(written[index].description),
            );
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
