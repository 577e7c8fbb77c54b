import { FIRST_NAMES, PARTICLES, SURNAMES } from '../data/names';
import {
  CLIENT_CUES,
  LOOSE_RELATIONS,
  NOT_NAMES,
  RELATIONS,
  ROLE_ENDING,
  ROLES,
  STREET_SUFFIXES,
  TITLES,
  WORK_OF,
} from '../data/words';
import type { Candidate } from '../kinds';
import { isDigit, isLetter } from './context';

/**
 * Names of residents. A capitalised word is a name only where the text says it is a person who
 * is not a colleague: after a title ("mw. Jansen", "dhr. El Amrani", "fam. Öztürk"), after a
 * relation or role ("moeder Samira", "buurman Kees", "cliënt Ahmadi"), with an age ("Kevin
 * (14)", "J. (15)"), as a known first name with a surname ("Lisa Hendriks"), or as a known first
 * name in a sentence about a resident ("op huisbezoek bij Fatima"). Next to a professional's role
 * ("collega Sanne", "Mw. Smits (teamleider)", "Petra van de GGD") it is not.
 */

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  word: boolean;
  number: boolean;
}

const isApostrophe = (code: number) => code === 39 || code === 0x2019;

/**
 * Words (with inner apostrophes and hyphens: "Jayden-Lee", "D'Costa"), numbers, and each other
 * character on its own, with where they are.
 */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    let end = i + 1;
    if (isLetter(code)) {
      for (;;) {
        while (end < text.length) {
          const next = text.charCodeAt(end);
          if (!isLetter(next) && !isApostrophe(next)) break;
          end++;
        }
        if (text[end] !== '-' || !isLetter(text.charCodeAt(end + 1))) break;
        end++;
      }
    } else if (isDigit(code)) {
      while (end < text.length && isDigit(text.charCodeAt(end))) end++;
    } else if (code <= 32 || code === 0xa0) {
      i++;
      continue;
    }
    const token = text.slice(i, end);
    tokens.push({
      text: token,
      lower: token.toLowerCase(),
      start: i,
      end,
      word: isLetter(code),
      number: isDigit(code),
    });
    i = end;
  }
  return tokens;
}

/** The word without a possessive "'s": "Fatima's zoon". */
const base = (token?: Token) => token?.lower.replace(/['’]s$/u, '') ?? '';
const isFirstName = (token?: Token) => FIRST_NAMES.has(base(token));
const isSurname = (token?: Token) => SURNAMES.has(base(token));

const isCapitalised = (token?: Token) =>
  Boolean(token?.word && /^\p{Lu}(?:\p{Ll}|\p{M}|['’]\p{Lu})/u.test(token.text));
const isRole = (token?: Token) =>
  Boolean(token?.word && (ROLES.has(token.lower) || ROLE_ENDING.test(token.lower)));
const isInitial = (token?: Token) => Boolean(token?.word && /^\p{Lu}$/u.test(token.text));
const STREET_WORD = new RegExp(String.raw`(?:${STREET_SUFFIXES})$`, 'u');
/**
 * Streets and institutions named after a person: "Anne Frankstraat", "Jan Ligthartschool", "Emma
 * Kinderziekenhuis". Only endings no surname has ("Westerhof", "Haverkamp" are surnames).
 */
const NAMED_PLACE =
  /..(?:straat|weg|laan|plein|kade|gracht|singel|steeg|dreef|plantsoen|school|ziekenhuis|centrum|college|lyceum|kliniek|instituut|academie)$/u;

/** The index after a particle at `i` ("van", "De", "El", "v.d."), or `i` when there is none. */
function particleEnd(tokens: Token[], i: number): number {
  const token = tokens[i];
  if (token?.word && PARTICLES.has(token.lower)) return i + 1;
  // "'t" as in "Van 't Hof".
  if (token?.text === "'" && tokens[i + 1]?.text === 't') return i + 2;
  // "v.d." and "v." for van der / van.
  if (token?.text === 'v' && tokens[i + 1]?.text === '.') {
    if (tokens[i + 2]?.lower !== 'd') return i + 2;
    return tokens[i + 3]?.text === '.' ? i + 4 : i + 3;
  }
  return i;
}

/** The index after any particles at `i`: "van der" in "van der Heijden". */
function skipParticles(tokens: Token[], i: number): number {
  let at = i;
  for (let after = particleEnd(tokens, at); after !== at; after = particleEnd(tokens, at)) {
    at = after;
  }
  return at;
}

/** Whether the token at `i` can be (part of) a name. */
function nameWord(tokens: Token[], i: number, allowLowerCase: boolean): boolean {
  const token = tokens[i];
  if (!token?.word) return false;
  // "Dorpsstraat 3" after "Adres moeder:" is a street.
  if (STREET_WORD.test(token.lower) && tokens[i + 1]?.number) return false;
  if (isCapitalised(token)) {
    return (
      !NOT_NAMES.has(token.lower) &&
      !TITLES.has(token.lower) &&
      !RELATIONS.has(token.lower) &&
      !isRole(token)
    );
  }
  return allowLowerCase && isSurname(token);
}

/**
 * The end (exclusive) of a name starting at `i`: initials, then up to four words with
 * particles between them ("J.P. van Leeuwen", "Fatima El Amrani", "Van den Berg-de Jong"), or
 * -1. A lower-case surname counts only when `allowLowerCase` ("mw. jansen").
 */
function nameEnd(tokens: Token[], i: number, allowLowerCase: boolean): number {
  let next = i;
  while (isInitial(tokens[next]) && tokens[next + 1]?.text === '.') next += 2;
  let end = -1;
  for (let words = 0; words < 4; words++) {
    const at = skipParticles(tokens, next);
    if (!nameWord(tokens, at, allowLowerCase && words === 0)) break;
    next = at + 1;
    end = next;
  }
  return end;
}

const SKIPPABLE_BEFORE = new Set([',', '(', ':', 'de', 'het', 'onze', 'ons', 'mijn', 'jullie']);
const ORGANISATION_WORD = (token?: Token) =>
  Boolean(
    token?.word &&
    (!isCapitalised(token) || /^\p{Lu}{2}/u.test(token.text) || NOT_NAMES.has(token.lower)),
  );

/**
 * Whether the name between `start` and `end` belongs to a professional: a role before it
 * ("collega", "Wmo-consulent", "de POH-GGZ,"), a role or organisation after it ("(teamleider)",
 * ", de huisarts", "van de GGD"), "X en ik", or "de training van X".
 */
function professional(tokens: Token[], start: number, end: number): boolean {
  for (let i = start - 1, seen = 0; i >= 0 && seen < 3; i--, seen++) {
    if (isRole(tokens[i])) return true;
    if (!SKIPPABLE_BEFORE.has(tokens[i].lower)) break;
  }
  if (tokens[start - 1]?.lower === 'van' && WORK_OF.has(tokens[start - 2]?.lower ?? ''))
    return true;
  if (tokens[start - 1]?.lower === 'en' && tokens[start - 2]?.lower === 'ik') return true;
  // "samen met Jeroen", "met Sanne op huisbezoek": the professional who came along.
  if (tokens[start - 1]?.lower === 'met') {
    if (tokens[start - 2]?.lower === 'samen') return true;
    if (tokens[end]?.lower === 'op' && tokens[end + 1]?.lower === 'huisbezoek') return true;
  }
  return professionalAfter(tokens, end, true);
}

/** Verbs for what professionals do with a case: "Sanne doet de intake", "Ahmed gaat op huisbezoek". */
const PROFESSIONAL_VERBS = new Set(
  `doet deed doen deden voert voerde neemt nam nemen brengt bracht brengen gaat ging gaan gingen
  ga komt kwam komen`.split(/\s+/),
);
const PROFESSIONAL_TASKS = new Set(['intake', 'casus', 'huisbezoek', 'gesprek', 'aanmelding']);

function professionalAfter(tokens: Token[], end: number, followCoordination: boolean): boolean {
  const [a, b, c] = [tokens[end], tokens[end + 1], tokens[end + 2]];
  // "Sanne doet de intake", "Karin en Ahmed gaan op huisbezoek bij het gezin".
  const task =
    PROFESSIONAL_TASKS.has(c?.lower ?? '') && ['de', 'het', 'op'].includes(b?.lower ?? '');
  if (task && PROFESSIONAL_VERBS.has(a?.lower ?? '')) return true;
  if (a?.text === '(' && isRole(b)) return true;
  if (a?.text === ',' && (isRole(b) || (SKIPPABLE_BEFORE.has(b?.lower ?? '') && isRole(c)))) {
    return true;
  }
  if (a?.lower === 'van') {
    const what = ['de', 'het', 'der'].includes(b?.lower ?? '') ? c : b;
    if (ORGANISATION_WORD(what)) return true;
  }
  if (a?.lower === 'en' && b?.lower === 'ik') return true;
  // "Piet en Marja van de thuiszorg": both are.
  if (followCoordination && a?.lower === 'en') {
    const next = nameEnd(tokens, end + 1, false);
    if (next > 0) return professionalAfter(tokens, next, false);
  }
  return false;
}

/**
 * For each token, whether its sentence is about a resident ("huisbezoek", "schulden"): computed
 * once per text, so a long text costs no more per name than a short one.
 */
function residentSentences(tokens: Token[]): boolean[] {
  const about: boolean[] = [];
  let from = 0;
  let cued = false;
  tokens.forEach((token, i) => {
    cued ||= CLIENT_CUES.has(token.lower);
    // A full stop ends a sentence after a word, not after "mw." or "geb." (short abbreviations).
    const ends =
      ['!', '?', ';'].includes(token.text) ||
      (token.text === '.' && isCapitalised(tokens[i + 1]) && (tokens[i - 1]?.text.length ?? 0) > 3);
    if (ends || i === tokens.length - 1) {
      about.push(...Array<boolean>(i + 1 - from).fill(cued));
      from = i + 1;
      cued = false;
    }
  });
  return about;
}

const AGE_WORDS = new Set(['jaar', 'jr', 'j']);
/** "(v, 16)", "(m/14)", "(16, m)": a gender beside the age. */
const GENDER = new Set(['m', 'v', 'j', 'meisje', 'jongen', 'man', 'vrouw']);

/** The age that starts at `i`: "(14)", "(3 jr)", ", 34 jaar", "van 12". */
function ageAt(
  tokens: Token[],
  i: number,
): { end: number; form: 'brackets' | 'apposition' } | undefined {
  const open = tokens[i];
  let at = i + 1;
  if (
    open.text === '(' &&
    GENDER.has(tokens[at]?.lower ?? '') &&
    /^[,/]$/.test(tokens[at + 1]?.text ?? '')
  ) {
    at += 2;
  }
  const value = tokens[at];
  if (!value?.number || value.text.length > 3 || Number(value.text) > 110) return undefined;
  let next = at + 1;
  const hasUnit = AGE_WORDS.has(tokens[next]?.lower ?? '');
  if (hasUnit) next += tokens[next + 1]?.text === '.' ? 2 : 1;
  if (/^[,/]$/.test(tokens[next]?.text ?? '') && GENDER.has(tokens[next + 1]?.lower ?? ''))
    next += 2;
  if (open.text === '(' && tokens[next]?.text === ')') return { end: next + 1, form: 'brackets' };
  if ((open.text === ',' && hasUnit) || open.lower === 'van') {
    return { end: next, form: 'apposition' };
  }
  return undefined;
}

/** The start of the name that ends right before `end` (for an age after it), or -1. */
function nameBefore(tokens: Token[], end: number): number {
  const last = tokens[end - 1];
  if (last?.text === '.' && isInitial(tokens[end - 2])) return end - 2;
  if (!isCapitalised(last) || !nameWord(tokens, end - 1, false)) return -1;
  let start = end - 1;
  while (start > 0) {
    // Only words with a space between belong together ("(Ayoub" does not).
    if (tokens[start - 1].end === tokens[start].start) break;
    if (nameWord(tokens, start - 1, false) || particleEnd(tokens, start - 1) === start) start--;
    else break;
  }
  while (particleEnd(tokens, start) > start && start < end - 1) start++;
  return start;
}

export function findNames(text: string): Candidate[] {
  const tokens = tokenize(text);
  const aboutResident = residentSentences(tokens);
  const found: Candidate[] = [];
  const add = (from: number, to: number) =>
    found.push({ kind: 'name', start: tokens[from].start, end: tokens[to - 1].end });

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    // "Henk (cliënt)".
    if (
      token.text === '(' &&
      RELATIONS.has(tokens[i + 1]?.lower ?? '') &&
      tokens[i + 2]?.text === ')'
    ) {
      const owner = nameBefore(tokens, i);
      if (owner >= 0) add(owner, i);
    }
    // "Kevin (14)", "J. (15)", "Sem, 11 jaar", "Kevin van 14".
    const age = ['(', ',', 'van'].includes(token.lower) ? ageAt(tokens, i) : undefined;
    const start = age ? nameBefore(tokens, i) : -1;
    if (age && start >= 0) {
      const known = isFirstName(tokens[start]) || isSurname(tokens[i - 1]);
      const initial = tokens[i - 1].text === '.';
      if ((age.form === 'brackets' || known || initial) && !professional(tokens, start, i)) {
        add(start, i);
      }
    }
    if (!token.word) continue;

    // "mw. Jansen", "de heer Ramautar", "fam. de Jong", "mw jansen".
    const title =
      TITLES.has(token.lower) &&
      (token.lower !== 'heer' || tokens[i - 1]?.lower === 'de') &&
      (token.lower !== 'hr' || tokens[i + 1]?.text === '.');
    if (title) {
      const from = token.lower === 'heer' ? i - 1 : i;
      const at = tokens[i + 1]?.text === '.' ? i + 2 : i + 1;
      const end = nameEnd(tokens, at, true);
      if (end > at && !professional(tokens, from, end)) add(from, end);
      continue;
    }

    // "moeder Samira", "vader van Yasmina", "zoon van 17 (Ayoub)", "partner: Esra Doğan".
    if (RELATIONS.has(token.lower)) {
      let at = i + 1;
      // "moeder van Kevin", "vrouw van meneer, Fatma"; a capitalised "Van" starts a surname.
      if (tokens[at]?.text === 'van') {
        const what = tokens[at + 1];
        if (
          what &&
          (TITLES.has(what.lower) || what.number || ['haar', 'hem'].includes(what.lower))
        ) {
          at += 2;
          if (tokens[at]?.text === '.' || AGE_WORDS.has(tokens[at]?.lower ?? '')) at++;
        } else if (isCapitalised(what) && isFirstName(what)) {
          at += 1;
        } else {
          continue;
        }
      }
      // After "moeder:" a form field follows, which may be anything: only a known name counts.
      const label = tokens[at]?.text === ':';
      if ([',', ':', '('].includes(tokens[at]?.text ?? '')) at++;
      const end = nameEnd(tokens, at, false);
      const known = isFirstName(tokens[at]) || isSurname(tokens[end - 1]);
      const loose = LOOSE_RELATIONS.has(token.lower);
      if (end > at && (!(loose || label) || known) && !professional(tokens, at, end)) {
        add(at, end);
      }
      continue;
    }

    // "de 14-jarige Kevin".
    if (token.lower === 'jarige' && tokens[i - 1]?.text === '-' && tokens[i - 2]?.number) {
      const end = nameEnd(tokens, i + 1, false);
      if (end > i + 1 && !professional(tokens, i + 1, end)) add(i + 1, end);
      continue;
    }

    // "Lisa Hendriks", or "Fatima" in a sentence about a resident; not "het Emma
    // Kinderziekenhuis" or "de Anne Frankstraat" (people have no article).
    if (isCapitalised(token) && isFirstName(token) && nameWord(tokens, i, false)) {
      const end = nameEnd(tokens, i, false);
      const withSurname = end > i + 1;
      const article = ['de', 'het'].includes(tokens[i - 1]?.lower ?? '');
      // "Hugo de Grootstraat 14", "Jan Ligthartschool".
      const place =
        NAMED_PLACE.test(tokens[skipParticles(tokens, end)]?.lower ?? '') ||
        NAMED_PLACE.test(tokens[end - 1].lower);
      if (
        !article &&
        !place &&
        (withSurname || aboutResident[i]) &&
        !professional(tokens, i, end)
      ) {
        add(i, end);
      }
      i = Math.max(i, end - 1);
    }
  }
  return found;
}
