/**
 * Finds what in a free text could identify a client, before it is stored: a BSN, a Dutch phone
 * number, an e-mail address, a postcode with house number, a date of birth or an IBAN. Run in
 * the browser (to highlight while typing) and in the API (to refuse), so both find the same.
 * It errs on the side of asking: the author can confirm a finding is not client data.
 */

export const clientDataKinds = [
  'bsn',
  'phone',
  'email',
  'postcode-house-number',
  'date-of-birth',
  'iban',
] as const;
export type ClientDataKind = (typeof clientDataKinds)[number];

export interface ClientDataFinding {
  kind: ClientDataKind;
  /** Where in the text: `text.slice(start, end) === fragment`. */
  start: number;
  end: number;
  fragment: string;
}

/** The BSN's 11-proef: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11 (and not 0). */
export function passesElevenTest(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const sum = [...digits].reduce(
    (total, digit, index) => total + Number(digit) * (index === 8 ? -1 : 9 - index),
    0,
  );
  return sum !== 0 && sum % 11 === 0;
}

/** An IBAN's check digits: the rearranged number modulo 97 is 1. */
export function validIban(iban: string): boolean {
  const compact = iban.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(compact)) return false;
  if (compact.startsWith('NL') && !/^NL\d{2}[A-Z]{4}\d{10}$/.test(compact)) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  const numeric = rearranged.replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  let remainder = 0;
  for (const digit of numeric) {
    remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

/** Dutch numbers: +31/0031/0, then nine digits, the first not 0 (mobile 6, landline area). */
function validDutchPhone(candidate: string): boolean {
  const digits = candidate.replace(/[\s\-().]/g, '');
  return /^(?:\+31|0031|0)[1-9]\d{8}$/.test(digits);
}

const MONTHS: Record<string, number> = {
  januari: 1,
  jan: 1,
  january: 1,
  februari: 2,
  feb: 2,
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

interface Pattern {
  kind: ClientDataKind;
  pattern: RegExp;
  /** Whether a match really is this kind of data (check digits, context). */
  accept?: (match: RegExpExecArray, text: string, now: Date) => boolean;
}

const monthNames = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const DATE_PATTERN = new RegExp(
  String.raw`\b(?:(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})|(\d{4})-(\d{2})-(\d{2})|(\d{1,2})\s+(${monthNames})\.?\s+(\d{4}))\b`,
  'giu',
);
const BIRTH_WORDS =
  /(geboren|geb\.|geboortedatum|geboorte|born|birth|d\.o\.b\.|dob)\s*[:-]?\s*(op|on)?\s*$/iu;

function dateOf(match: RegExpExecArray): Date | undefined {
  const [, d1, m1, y1, y2, m2, d2, d3, monthName, y3] = match;
  const [year, month, day] = y1
    ? [Number(y1), Number(m1), Number(d1)]
    : y2
      ? [Number(y2), Number(m2), Number(d2)]
      : [Number(y3), MONTHS[monthName.toLowerCase()], Number(d3)];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}

const patterns: Pattern[] = [
  {
    kind: 'email',
    pattern: /[\p{L}\d._%+-]+@[\p{L}\d.-]+\.\p{L}{2,}/gu,
  },
  {
    kind: 'iban',
    pattern: /\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,3})?\b/gi,
    accept: (match) => validIban(match[0]),
  },
  {
    kind: 'bsn',
    pattern:
      /(?<![\d.-])(?:\d{9}|\d{4}[.\s]\d{2}[.\s]\d{3}|\d{3}[.\s]\d{3}[.\s]\d{3})(?!\d)(?![.-]\d)/g,
    accept: (match) => passesElevenTest(match[0].replace(/\D/g, '')),
  },
  {
    kind: 'phone',
    pattern: /(?<![\d+])(?:\+31|0031|0)[\s\-.]?(?:\(0\)[\s\-.]?)?\d(?:[\s\-.]?\d){7,9}(?!\d)/g,
    // Digits right after "NL91 ABNA" are an account number, not a phone number.
    accept: (match, text) =>
      validDutchPhone(match[0].replace('(0)', '')) &&
      !/[A-Z]{2}\d{2}\s?[A-Z]{4}\s?$/i.test(text.slice(Math.max(0, match.index - 10), match.index)),
  },
  {
    // A postcode is only an address with a house number beside it: "1234 AB 12", "Dorpsstraat 12,
    // 1234 AB". Capitals or no space, so "in 2024 is" is not a postcode.
    kind: 'postcode-house-number',
    pattern: /\b[1-9]\d{3}(?:\s?[A-Z]{2}|[a-z]{2})\b/g,
    accept: (match, text) => {
      const letters = match[0].slice(-2).toUpperCase();
      if (['SA', 'SD', 'SS'].includes(letters)) return false;
      const after = text.slice(match.index + match[0].length, match.index + match[0].length + 12);
      const before = text.slice(Math.max(0, match.index - 40), match.index);
      return (
        /^\s*,?\s*(?:nr\.?\s*)?\d{1,5}\s?[a-zA-Z]?\b/.test(after) ||
        /\p{L}{3,}\s+\d{1,5}\s?[a-zA-Z]?\s*,?\s*$/u.test(before)
      );
    },
  },
  {
    // Any date is not a birth date: only one right after "geboren", "geboortedatum" and the like,
    // and not in the future.
    kind: 'date-of-birth',
    pattern: DATE_PATTERN,
    accept: (match, text, now) => {
      const date = dateOf(match);
      if (!date || date > now || date.getUTCFullYear() < now.getUTCFullYear() - 120) return false;
      return BIRTH_WORDS.test(text.slice(Math.max(0, match.index - 30), match.index));
    },
  },
];

/** Every finding, in text order; where two overlap, the one found first (more specific) wins. */
export function findClientData(text: string, now = new Date()): ClientDataFinding[] {
  const findings: ClientDataFinding[] = [];
  const overlaps = (start: number, end: number) =>
    findings.some((finding) => start < finding.end && end > finding.start);
  for (const { kind, pattern, accept } of patterns) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const start = match.index;
      const end = start + match[0].length;
      if (!overlaps(start, end) && (!accept || accept(match, text, now))) {
        findings.push({ kind, start, end, fragment: match[0] });
      }
    }
  }
  return findings.sort((a, b) => a.start - b.start);
}

/** Why a finding was flagged, in Dutch and English, for the author and the API's 422. */
export const clientDataExplanations: Record<ClientDataKind, { nl: string; en: string }> = {
  bsn: { nl: 'lijkt op een BSN', en: 'looks like a citizen service number (BSN)' },
  phone: { nl: 'lijkt op een telefoonnummer', en: 'looks like a phone number' },
  email: { nl: 'is een e-mailadres', en: 'is an e-mail address' },
  'postcode-house-number': {
    nl: 'lijkt op een adres (postcode met huisnummer)',
    en: 'looks like an address (postcode with house number)',
  },
  'date-of-birth': { nl: 'lijkt op een geboortedatum', en: 'looks like a date of birth' },
  iban: { nl: 'lijkt op een rekeningnummer (IBAN)', en: 'looks like a bank account number (IBAN)' },
};
