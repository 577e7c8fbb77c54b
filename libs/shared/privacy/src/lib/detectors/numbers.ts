import { passesElevenTest, validIban } from '../checks';
import type { Candidate } from '../kinds';
import { belongsToOrganisation, clauseAfter, clauseBefore, wordsPattern } from './context';

/**
 * The numbers that identify a person: IBAN, phone, BSN, dossier or client number, ID document,
 * licence plate. Each is a precompiled pattern plus a check (check digits, a label, context).
 */

/**
 * The longest prefix of `run` that passes `valid`, cut where a separator or a letter-digit change
 * is (a run can take in the word after a number: "NL91 ABNA 0417 1643 00 van").
 */
function longestValid(run: string, valid: (piece: string) => boolean): string | undefined {
  for (let end = run.length; end > 0; end--) {
    const next = run[end];
    if (next !== undefined && /[\p{L}\d]/u.test(next) && /[\p{L}\d]/u.test(run[end - 1])) {
      continue;
    }
    const piece = run.slice(0, end).trimEnd();
    if (valid(piece)) return piece;
  }
  return undefined;
}

const IBAN_RUN = /(?<![\p{L}\d])[A-Z]{2}\d{2}(?:[ -]?[A-Z\d]){11,32}/giu;

export function findIbans(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(IBAN_RUN)) {
    const iban = longestValid(match[0], validIban);
    if (iban && !belongsToOrganisation(text, match.index)) {
      found.push({ kind: 'iban', start: match.index, end: match.index + iban.length });
    }
  }
  return found;
}

/** A run that can hold a phone number: "06-12 34 56 78", "+31 (0)20 123 4567", "(070) 3456789". */
const PHONE_RUN = /(?<![\p{L}\d+])(?:\+|\()?\d[\d\s\-./()]{6,24}\d(?![\p{L}\d])/gu;

const ACCOUNT_PREFIX = /[A-Z]{2}\d{2}[\s-]?[A-Z]{4}[\s-]?$/i;

/** Numbers of organisations, never a resident's: free (0800), paid (090x), company (088). */
const PUBLIC_PREFIX = /^(?:800|90\d|88)/;

/** The national number (nine digits, no leading 0) of a Dutch phone number, or undefined. */
function nationalNumber(piece: string): string | undefined {
  const compact = piece.replace(/^(\+\s*31|0031)\s*\(0\)/, '$1').replace(/[^\d+]/g, '');
  const national = /^(?:\+31|0031|0)([1-9]\d{8})$/.exec(compact)?.[1];
  return national && !PUBLIC_PREFIX.test(national) ? national : undefined;
}

export function findPhones(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(PHONE_RUN)) {
    // A run can start with something else ("10.30 06-12345678"): try each start that can begin one.
    for (const offset of [...match[0].matchAll(/\+|\(0|0/g)].map((start) => start.index)) {
      if (offset > 0 && /[\d]/.test(match[0][offset - 1])) continue;
      const piece = longestValid(match[0].slice(offset), (candidate) =>
        Boolean(nationalNumber(candidate)),
      );
      if (!piece) continue;
      const start = match.index + offset;
      // Digits right after "NL91 ABNA" are an account number, even with wrong check digits.
      if (ACCOUNT_PREFIX.test(text.slice(Math.max(0, start - 12), start))) break;
      // A landline right after an organisation is its public number; a mobile one is personal.
      const mobile = nationalNumber(piece)?.startsWith('6');
      if (mobile || !belongsToOrganisation(text, start)) {
        found.push({ kind: 'phone', start, end: start + piece.length });
      }
      break;
    }
  }
  return found;
}

const BSN_LABEL = wordsPattern('bsn | bsn-nr | bsn-nummer | burgerservicenummer | burgerservicenr');

/** Nine digits, alone or grouped as people write them: 123456782, 123-456-782, 1234.56.782. */
const BSN_PATTERN =
  /(?<![\p{L}\d.,\-/])(?:\d{9}|\d{3}([ .-])\d{3}\1\d{3}|\d{4}([ .-])\d{2}\2\d{3}|\d{2}([ .-])\d{2}\3\d{2}\3\d{3})(?![\p{L}\d]|[.,\-/]\d)/gu;

/** An older BSN of eight digits, only right after its label. */
const SHORT_BSN = /(?<![\p{L}\d.,\-/])\d{8}(?![\p{L}\d]|[.,\-/]\d)/gu;

/** Labels of organisations' own numbers, which pass the same 11-proef (an RSIN does). */
const NOT_BSN_LABEL = wordsPattern(`
  rsin | kvk | kvk-nummer | btw | btw-nummer | agb | agb-code | factuur | factuurnummer | order
  | ordernummer | bestelnummer | projectnummer | subsidienummer | artikelnummer | lrk | big | skj
  | tel | telefoon | telefoonnummer | postbus
`);

export function findBsns(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(BSN_PATTERN)) {
    const before = clauseBefore(text, match.index, 30);
    if (passesElevenTest(match[0].replace(/\D/g, '')) && !NOT_BSN_LABEL.test(before)) {
      found.push({ kind: 'bsn', start: match.index, end: match.index + match[0].length });
    }
  }
  for (const match of text.matchAll(SHORT_BSN)) {
    const before = clauseBefore(text, match.index, 25);
    if (BSN_LABEL.test(before) && passesElevenTest(`0${match[0]}`)) {
      found.push({ kind: 'bsn', start: match.index, end: match.index + match[0].length });
    }
  }
  return found;
}

/**
 * "dossiernummer", "cliëntnr.", "klant-ID", "zaaknr", "relatienummer", and a bare "dossier":
 * the label that makes a number identify a client. Not after BIG-, SKJ-, KvK- (a professional's
 * or an organisation's registration).
 */
const CLIENT_NUMBER = new RegExp(
  String.raw`(?<![\p{L}\d])(?<!(?:big|skj|kvk|agb|lrk)[-\s]?)(?:(?:dossier|cli[eë]nt|klant|relatie|debiteur(?:en)?|registratie|zaak|casus|inschrijf|inschrijvings|polis|verzekerden|aanvraag|melding|meldings|meld|leerling|pati[eë]nt|persoons|huurder|cjib)[-\s]?(?:nummer|nr\.?|no\.?|id|code)(?:(?:\s+|\s*[,:]\s*)(?![\d])[\p{L}][\p{L}-]*){0,4}|(dossier|zaak))\s*[:#(]?\s*([A-Z]{1,4}[-/]?)?(\d[\dA-Z]*(?:[-/.][\dA-Z]+)*)`,
  'giu',
);

const DATE_LIKE = /^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$/;

export function findClientNumbers(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(CLIENT_NUMBER)) {
    const [whole, bare, prefix = '', value] = match;
    const digits = value.replace(/\D/g, '').length;
    if (digits < (bare ? 4 : 3) || DATE_LIKE.test(value)) continue;
    const end = match.index + whole.length;
    found.push({ kind: 'client-number', start: end - prefix.length - value.length, end });
  }
  return found;
}

/** Passport, ID card, driving licence, residence document and V-number labels. */
const ID_LABEL = wordsPattern(
  `
  paspoort | paspoortnummer | paspoortnr | id-kaart | id-kaartnummer | identiteitskaart
  | identiteitsbewijs | id-bewijs | id-nummer | documentnummer | rijbewijs | rijbewijsnummer
  | rijbewijsnr | verblijfsvergunning | verblijfsvergunningnummer | verblijfsdocument
  | verblijfspas | v-nummer | v-nr | vreemdelingennummer | vreemdelingennr | id-kaartnr
  | documentnr
`,
  'giu',
);

/** A document number: letters and digits mixed (9 characters in NL), or ten digits. */
const DOCUMENT_NUMBER =
  /(?<![\p{L}\d])(?:[A-Z]{1,3}\s?\d{6,9}|(?=[A-Z\d]{8,10}(?![\p{L}\d]))(?=[A-Z]*\d[A-Z]*\d)(?=\d*[A-Z])[A-Z\d]{8,10}|\d{10})(?![\p{L}\d])/iu;

export function findIdDocuments(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const label of text.matchAll(ID_LABEL)) {
    const from = label.index + label[0].length;
    const after = clauseAfter(text, from, 60);
    const number = DOCUMENT_NUMBER.exec(after);
    if (number) {
      const start = from + number.index;
      found.push({ kind: 'id-document', start, end: start + number[0].length });
    }
  }
  return found;
}

/** The Dutch licence plate side codes: X is a letter, 9 a digit. */
const SIDE_CODES = [
  'XX-99-99',
  '99-99-XX',
  '99-XX-99',
  'XX-99-XX',
  'XX-XX-99',
  '99-XX-XX',
  '99-XXX-9',
  '9-XXX-99',
  'XX-999-X',
  'X-999-XX',
  'XXX-99-X',
  'X-99-XXX',
  '9-XX-999',
  '999-XX-9',
];

const sideCodes = (dash: string) =>
  SIDE_CODES.map((code) =>
    code.replace(/X+|9+|-/g, (part) =>
      part === '-'
        ? dash
        : part[0] === 'X'
          ? `[A-Z]{${part.length}}`
          : String.raw`\d{${part.length}}`,
    ),
  ).join('|');

/** Written with dashes and capitals, a plate needs no label. */
const PLATE = new RegExp(
  String.raw`(?<![\p{L}\d-])(?:${sideCodes('-')})(?![\p{L}\d]|-[\p{L}\d])`,
  'gu',
);
const PLATE_LABEL = wordsPattern('kenteken | kentekenplaat | nummerbord', 'giu');
/** After "kenteken", also without dashes or in lower case. */
const LABELLED_PLATE = new RegExp(
  String.raw`(?<![\p{L}\d-])(?:${sideCodes('-?')})(?![\p{L}\d]|-[\p{L}\d])`,
  'iu',
);
/** Dates like 1-JAN-23 have the shape of a plate. */
const MONTH_GROUP = /-(?:JAN|FEB|MRT|MAA|MAR|APR|MEI|MAY|JUN|JUL|AUG|SEP|OKT|OCT|NOV|DEC)-/i;

export function findLicencePlates(text: string): Candidate[] {
  const found: Candidate[] = [];
  const add = (start: number, plate: string) => {
    if (!MONTH_GROUP.test(plate))
      found.push({ kind: 'licence-plate', start, end: start + plate.length });
  };
  for (const match of text.matchAll(PLATE)) add(match.index, match[0]);
  for (const label of text.matchAll(PLATE_LABEL)) {
    const from = label.index + label[0].length;
    const plate = LABELLED_PLATE.exec(clauseAfter(text, from, 25));
    if (plate) add(from + plate.index, plate[0]);
  }
  return found;
}
