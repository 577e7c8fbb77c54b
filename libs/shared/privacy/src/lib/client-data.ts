/**
 * Finds what in a free text could identify a client, before it is stored: a BSN, a Dutch phone
 * number, an e-mail address, an address (postcode with house number, or street with house
 * number), a date of birth, an IBAN, a resident's name, a dossier or client number, a licence
 * plate or an ID document number. Run in the browser (to highlight while typing) and in the API
 * (to refuse), so both find the same; no network, no dependencies. It errs on the side of
 * asking: the author can confirm a finding is not client data.
 */
import { passesElevenTest, validIban } from './checks';
import { findPostcodes, findStreets } from './detectors/address';
import { findBirthDates } from './detectors/dates';
import { findEmails } from './detectors/email';
import { findNames } from './detectors/names';
import {
  findBsns,
  findClientNumbers,
  findIbans,
  findIdDocuments,
  findLicencePlates,
  findPhones,
} from './detectors/numbers';
import {
  type Candidate,
  type ClientDataFinding,
  type ClientDataKind,
  clientDataKinds,
} from './kinds';

export { clientDataKinds, passesElevenTest, validIban };
export type { ClientDataFinding, ClientDataKind };

export interface FindClientDataOptions {
  /** The moment dates are judged by (a date of birth is not in the future); default: now. */
  now?: Date;
  /** People who are not residents, such as the team's colleagues: first or full names. */
  skipNames?: readonly string[];
  /** Fragments known not to be client data, such as the team's own address or phone number. */
  allow?: readonly string[];
}

/** In order of precedence: where findings of two kinds overlap, the earlier detector's stays. */
const detectors: ReadonlyArray<(text: string, now: Date) => Candidate[]> = [
  findEmails,
  findIbans,
  findPhones,
  findClientNumbers,
  findIdDocuments,
  findBsns,
  findLicencePlates,
  findPostcodes,
  findBirthDates,
  findNames,
  findStreets,
];

/**
 * Settles overlaps: findings of one kind merge; a finding that overlaps one of another kind is
 * dropped, unless only a prefix it may lose overlaps ("mw. Brouwer, 1e Jacob van ...straat").
 */
function settle(text: string, candidates: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  for (const candidate of candidates) {
    const { kind, end } = candidate;
    let { start } = candidate;
    const same = kept.find((k) => k.kind === kind && start < k.end && end > k.start);
    if (same) {
      same.start = Math.min(same.start, start);
      same.end = Math.max(same.end, end);
      continue;
    }
    const blocking = kept.filter((k) => start < k.end && end > k.start);
    if (blocking.length > 0) {
      const cut = Math.max(...blocking.map((k) => k.end));
      if (candidate.coreStart === undefined || cut > candidate.coreStart) continue;
      start = cut;
      while (start < candidate.coreStart && /[\s,;:]/.test(text[start])) start++;
    }
    kept.push({ kind, start, end });
  }
  return kept;
}

const comparable = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
const compact = (text: string) => comparable(text).replace(/[^\p{L}\d]/gu, '');
const TITLE_PREFIX =
  /^(?:(?:mevrouw|mevr|mw|mvr|meneer|mnr|mijnheer|dhr|de heer|hr|fam|familie)\.?\s+)+/;

/** Whether a name finding is one of the people to skip: a full name, or a first name alone. */
function isSkippedName(fragment: string, skipNames: readonly string[]): boolean {
  const name = comparable(fragment).replace(TITLE_PREFIX, '');
  return skipNames.some((skip) => {
    const full = comparable(skip);
    return name === full || name === full.split(' ')[0];
  });
}

/** Every finding, in text order. */
export function findClientData(
  text: string,
  options: FindClientDataOptions = {},
): ClientDataFinding[] {
  const { now = new Date(), skipNames = [], allow = [] } = options;
  const allowed = allow.map(compact).filter(Boolean);
  return settle(
    text,
    detectors.flatMap((detect) => detect(text, now)),
  )
    .map(({ kind, start, end }) => ({ kind, start, end, fragment: text.slice(start, end) }))
    .filter(({ kind, fragment }) => {
      if (kind === 'name' && isSkippedName(fragment, skipNames)) return false;
      const found = compact(fragment);
      return !allowed.some((fragmentAllowed) => fragmentAllowed.includes(found));
    })
    .sort((a, b) => a.start - b.start);
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
  name: {
    nl: 'lijkt op de naam van een inwoner of cliënt',
    en: 'looks like the name of a resident or client',
  },
  'street-address': {
    nl: 'lijkt op een adres (straat met huisnummer)',
    en: 'looks like an address (street with house number)',
  },
  'client-number': {
    nl: 'lijkt op een dossier-, cliënt- of registratienummer',
    en: 'looks like a case, client or registration number',
  },
  'licence-plate': { nl: 'lijkt op een kenteken', en: 'looks like a licence plate' },
  'id-document': {
    nl: 'lijkt op het nummer van een paspoort, ID-kaart of ander identiteitsbewijs',
    en: 'looks like the number of a passport, ID card or other identity document',
  },
};
