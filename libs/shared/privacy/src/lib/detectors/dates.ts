import type { Candidate } from '../kinds';
import { clauseAfter, clauseBefore } from './context';

/**
 * Dates of birth. Any date is not one: only a date right after a birth cue ("geboren",
 * "geb.", "geboortedatum", "d.o.b.", and typos of them), before "geboren" ("is op 3 mei 1980
 * geboren"), or in a list after one ("geboortedata: ..., ... en ..."), and not in the future. A
 * birthday without a year counts after "jarig" or "verjaardag".
 */

const MONTHS: Record<string, number> = {
  januari: 1,
  jan: 1,
  january: 1,
  februari: 2,
  feb: 2,
  febr: 2,
  february: 2,
  maart: 3,
  mrt: 3,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  mei: 5,
  may: 5,
  juni: 6,
  jun: 6,
  june: 6,
  juli: 7,
  jul: 7,
  july: 7,
  augustus: 8,
  aug: 8,
  august: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

const monthNames = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const YEAR = String.raw`((?:19|20)\d{2}|'?\d{2})`;
const END = String.raw`(?![\p{L}\d]|[-/.]\d)`;

/** 12-03-1985, 12/3/85, 12.03.1985, 1985-03-12, 12 maart 1985, 12 mrt. '85. */
const DATE = new RegExp(
  [
    String.raw`(?<![\p{L}\d/.-])(\d{1,2})([-/.])(\d{1,2})\2${YEAR}${END}`,
    String.raw`(?<![\p{L}\d/.-])((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})${END}`,
    String.raw`(?<![\p{L}\d])(\d{1,2})e?[\s-]+(${monthNames})\.?,?[\s-]+${YEAR}${END}`,
  ].join('|'),
  'giu',
);
/** A day and a month without a year, for birthdays: "23 december", "12-03", "4/6". */
const DAY_MONTH = new RegExp(
  String.raw`(?<![\p{L}\d/.-])(?:(\d{1,2})e?\s+(${monthNames})\.?(?![\p{L}])|(\d{1,2})[-/](\d{1,2})(?![\d/.-]))`,
  'giu',
);

interface DateMatch {
  start: number;
  end: number;
  date?: Date;
}

function fullYear(year: string, now: Date): number {
  const digits = year.replace("'", '');
  if (digits.length === 4) return Number(digits);
  const century = now.getUTCFullYear() - (now.getUTCFullYear() % 100);
  const value = century + Number(digits);
  return value > now.getUTCFullYear() ? value - 100 : value;
}

function validDate(year: number, month: number, day: number): Date | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}

function datesIn(text: string, now: Date): DateMatch[] {
  return [...text.matchAll(DATE)].map((match) => {
    const [, d1, , m1, y1, y2, m2, d2, d3, monthName, y3] = match;
    const [year, month, day] = y1
      ? [fullYear(y1, now), Number(m1), Number(d1)]
      : y2
        ? [Number(y2), Number(m2), Number(d2)]
        : [fullYear(y3, now), MONTHS[monthName.toLowerCase()], Number(d3)];
    return {
      start: match.index,
      end: match.index + match[0].length,
      date: validDate(year, month, day),
    };
  });
}

/** The cue words, spelled right. */
const BIRTH_CUES = ['geboren', 'geboortedatum', 'geboortedata', 'geboortedag', 'gebdatum'];
const EXACT_CUES = new Set([...BIRTH_CUES, 'geb', 'gebdat', 'geboorte', 'dob', 'born', 'birth']);
/** Words one letter away from a cue that mean something else ("hulp geboden"). */
const LOOKALIKES = new Set(['geboden', 'gebogen', 'gebroken', 'geboord', 'gebonden', 'geboorten']);

/** Edit distance, stopping early past 1: enough to forgive one typo. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else if (a[i + 1] === b[j] && a[i] === b[j + 1]) {
      i += 2;
      j += 2;
    } else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

function isBirthCue(word: string): boolean {
  const plain = word.toLowerCase().replace(/\./g, '');
  if (EXACT_CUES.has(plain)) return true;
  if (plain.length < 6 || !plain.startsWith('geb') || LOOKALIKES.has(plain)) return false;
  return BIRTH_CUES.some((cue) => withinOneEdit(plain, cue));
}

const hasBirthCue = (text: string) => (text.match(/[\p{L}.]+/gu) ?? []).some(isBirthCue);

const BIRTHDAY = /(?<![\p{L}])(?:jarig|jarige|verjaardag|verjaart)(?![\p{L}])/iu;
/** A colleague's birthday is no client data. */
const COLLEAGUE = /(?<![\p{L}])(?:collega|teamleider|teamlid|ik ben|mijn verjaardag)(?![\p{L}])/iu;

/** What may stand between dates in one list: separators, "en", a name in brackets. */
const LIST_GAP = /^[\s,;:&/()+]*(?:(?:en|and)\s+|\(?\p{Lu}[\p{L}-]*\)?[\s,;:]*)*$/u;

export function findBirthDates(text: string, now: Date): Candidate[] {
  const found: Candidate[] = [];
  const oldest = now.getUTCFullYear() - 120;
  let listEnd = -1;
  for (const { start, end, date } of datesIn(text, now)) {
    if (!date || date > now || date.getUTCFullYear() < oldest) continue;
    const gap = listEnd >= 0 ? text.slice(listEnd, start) : '';
    const inList = listEnd >= 0 && gap.length <= 30 && LIST_GAP.test(gap);
    const cued =
      inList ||
      hasBirthCue(clauseBefore(text, start, 45)) ||
      /°\s*$/u.test(text.slice(Math.max(0, start - 3), start)) ||
      /^\s*(?:geboren|geb\.)/iu.test(clauseAfter(text, end, 20));
    if (cued) {
      found.push({ kind: 'date-of-birth', start, end });
      listEnd = end;
    }
  }
  if (BIRTHDAY.test(text) || /geboren/iu.test(text)) {
    for (const match of text.matchAll(DAY_MONTH)) {
      const [whole, d1, monthName, d2, m2] = match;
      const day = Number(d1 ?? d2);
      const month = monthName ? MONTHS[monthName.toLowerCase()] : Number(m2);
      if (!validDate(2000, month, day)) continue;
      const before = clauseBefore(text, match.index, 30);
      const after = clauseAfter(text, match.index + whole.length, 15);
      const birthday = BIRTHDAY.test(before) || /^\s*jarig/iu.test(after);
      // "De baby is geboren op 3 november": a date of birth without a year.
      const born = Boolean(monthName) && /geboren\s*(?:op)?\s*$/iu.test(before);
      if ((birthday || born) && !COLLEAGUE.test(before)) {
        found.push({ kind: 'date-of-birth', start: match.index, end: match.index + whole.length });
      }
    }
  }
  return found;
}
