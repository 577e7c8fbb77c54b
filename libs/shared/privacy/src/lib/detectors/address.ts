import { STREET_SUFFIXES } from '../data/words';
import type { Candidate } from '../kinds';
import { belongsToOrganisation, clauseAfter, clauseBefore, isLetter } from './context';

/**
 * Addresses: a postcode with a house number in any order or with labels between them ("1234 AB
 * 12", "1234AB-5", "huisnr. 5, postcode 1234 AB"), and a street with a house number without a
 * postcode ("Kastanjelaan 14a", "Burgemeester de Vlugtlaan 45-II", "Laan van Meerdervoort 12").
 * A postcode alone is an area, not an address; an organisation's office is public.
 */

const POSTCODE = /(?<![\p{L}\d])([1-9]\d{3})(\s?)([A-Za-z]{2})(?![\p{L}\d])/gu;

/** A house number with its addition: 12, 12a, 12 A, 12-II, 12-hs, 12 bis, 12-3. */
const ADDITION = String.raw`(?:\s?-?\s?(?:hs|huis|bis|[IVX]{1,4}|\d{1,3})(?![\p{L}\d])|\s?-?[a-zA-Z](?![\p{L}\d]))?`;
const NUMBER_LABEL = String.raw`(?:nr|nummer|huisnummer|huisnr|hnr|no)\.?\s*:?\s*`;

const NUMBER_AFTER = new RegExp(
  String.raw`^(?:\s*[,/]\s*|\s*-\s*|\s+)(?:${NUMBER_LABEL})?(\d{1,5})${ADDITION}`,
  'iu',
);
const NUMBER_BEFORE = new RegExp(
  String.raw`(?:(?<![\p{L}])${NUMBER_LABEL}\d{1,5}[a-zA-Z]?|(\p{L}{3,})\.?\s+\d{1,5}${ADDITION})\s*(?:[,;/]\s*)?(?:(?:postcode|pc)\s*:?\s*)?$`,
  'iu',
);
/** What a number after a postcode counts, when it is not a house number. */
const NOT_HOUSE_NUMBER =
  /^\s*(?:%|procent|jaar|km|keer|x\b|uur|min|euro|personen|mensen|huishoudens|woningen|kinderen|gezinnen|leden|deelnemers)/iu;
/** Words before a number and a postcode that make it a box or a room, not a house. */
const NOT_STREET =
  /^(?:postbus|antwoordnummer|lijn|kamer|zaal|lokaal|groep|week|stap|versie|pagina|artikel|nummer)$/iu;
const POSTCODE_LABEL = /(?:postcode|pc|adres)\s*:?\s*$/iu;
/** Two-letter Dutch words: "in 2024 en 5" has no postcode in it. */
const SHORT_WORDS = new Set(
  'af al as at bv de di do en er ga ik in is je ja la me na nu of om op pa te to tv uw vs we wo za ze zo'.split(
    ' ',
  ),
);

export function findPostcodes(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(POSTCODE)) {
    const [postcode, , space, letters] = match;
    if (/^(?:SA|SD|SS)$/i.test(letters)) continue;
    const before = clauseBefore(text, match.index, 50);
    // "2024 en 5" is a year and a word: lower-case letters with a space must not be a word.
    const lowerCase = letters !== letters.toUpperCase();
    if (lowerCase && space && SHORT_WORDS.has(letters) && !POSTCODE_LABEL.test(before)) continue;
    const end = match.index + postcode.length;
    const after = NUMBER_AFTER.exec(clauseAfter(text, end, 30));
    const withNumberAfter = after && !NOT_HOUSE_NUMBER.test(text.slice(end + after[0].length));
    // "Dorpsstraat 3, 7451 AC": the street is a finding of its own, this one is the postcode.
    const numberBefore = withNumberAfter ? null : NUMBER_BEFORE.exec(before);
    const withNumberBefore = numberBefore && !(numberBefore[1] && NOT_STREET.test(numberBefore[1]));
    if ((withNumberAfter || withNumberBefore) && !belongsToOrganisation(text, match.index)) {
      const last = withNumberAfter && after ? end + after[0].length : end;
      found.push({ kind: 'postcode-house-number', start: match.index, end: last });
    }
  }
  return found;
}

/** A house number with its addition, at the start of what follows a street name. */
const HOUSE_NUMBER = new RegExp(String.raw`^\d{1,5}${ADDITION}(?![\p{L}\d]|[.,]\d)`, 'u');
/** Each number in the text: a street is looked for only right before one. */
const NUMBERS = /\d+/g;
/** "Kerkstraat nr. 12": a label may stand between street and number. */
const NUMBER_WORD = /(?:nr\.?|no\.?|nummer)\s*$/u;

/** The word right before a house number, read backwards: "Kastanjelaan 14a". */
function wordBefore(text: string, index: number): { word: string; start: number } | undefined {
  let end = index;
  const label = NUMBER_WORD.exec(text.slice(Math.max(0, end - 8), end));
  if (label) end -= label[0].length;
  const spaced = end;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  if (end === spaced && !label) return undefined;
  let start = end;
  while (start > 0 && (isLetter(text.charCodeAt(start - 1)) || text[start - 1] === "'")) start--;
  return start < end ? { word: text.slice(start, end), start } : undefined;
}
const STREET_ENDING = new RegExp(String.raw`.(?:${STREET_SUFFIXES})$`, 'iu');
/** Streets that are only the street word: "Brink 4a", "Markt 12". */
const BARE_STREETS = new Set([
  'Brink',
  'Markt',
  'Dam',
  'Haven',
  'Kade',
  'Singel',
  'Gracht',
  'Wal',
  'Dijk',
]);
/** Streets that start with the street word: "Laan van Meerdervoort 1020". */
const STREET_WORD_FIRST =
  /(?:Laan|Plein|Kade|Weg|Dreef|Hof|Singel)(?:\s+(?:van|der|de|den|het|op|naar|te|ten|ter|'t))+\s+$/u;

/** Compound nouns that end like a street but are not one. */
const NOT_STREETS = new Set(
  `leerpad werkveld speelveld sportveld beleidsveld aandachtsveld spanningsveld krachtveld loopbaan
  arbeidsmarkt woningmarkt fietspad voetpad zandpad leerweg werkweg snelweg zijweg omweg uitweg
  tussenweg middenweg jaarbaan ijsbaan tennisbaan racebaan gerechtshof binnenhof kerkhof
  schoolplein marktplein speelplein stappenplan haven sportpark bedrijvenpark vakantiepark
  zorgpark bungalowpark wagenpark zomerkamp trainingskamp`.split(/\s+/),
);

/** Words that lead into a street written in lower case: "woont op de kerkstraat 12". */
const ADDRESS_LEAD =
  /(?:woont|wonen|woonachtig|adres|verhuisd|verhuist|op|aan|naar|in|bij|uit)(?:\s+(?:de|het))?\s*:?\s*$/iu;

/** Capitalised words and particles that belong to a street name before its last word. */
const STREET_PREFIX =
  /(?:(?:\p{Lu}[\p{L}'’-]*\.?|van|de|der|den|het|'t|ter|ten|\d{1,2}e)\s+){1,4}$/u;

export function findStreets(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const number of text.matchAll(NUMBERS)) {
    const glued = number.index > 0 && isLetter(text.charCodeAt(number.index - 1));
    const houseNumber =
      number[0].length <= 5 &&
      !glued &&
      HOUSE_NUMBER.exec(text.slice(number.index, number.index + 20));
    const streetWord = houseNumber && wordBefore(text, number.index);
    if (!streetWord) continue;
    const street = streetWord.word;
    let start = streetWord.start;
    const lower = street.toLowerCase();
    const first =
      /\p{Lu}/u.test(street[0]) &&
      STREET_WORD_FIRST.exec(text.slice(Math.max(0, start - 30), start));
    if (first) start -= first[0].length;
    else if (!BARE_STREETS.has(street) && (!STREET_ENDING.test(lower) || NOT_STREETS.has(lower))) {
      continue;
    }
    const end = number.index + houseNumber[0].length;
    if (NOT_HOUSE_NUMBER.test(text.slice(end))) continue;
    const before = clauseBefore(text, start, 60);
    const capitalised = street[0] !== street[0].toLowerCase();
    if (!capitalised && !ADDRESS_LEAD.test(before)) continue;
    if (belongsToOrganisation(text, start)) continue;
    // Take in "Burgemeester de", "Van Heuven", "1e Jacob van", but not a leading "de".
    const prefix =
      STREET_PREFIX.exec(before)?.[0].replace(/^(?:(?:de|het|van|der|den|'t)\s+)+/u, '') ?? '';
    found.push({ kind: 'street-address', start: start - prefix.length, end, coreStart: start });
  }
  return found;
}
