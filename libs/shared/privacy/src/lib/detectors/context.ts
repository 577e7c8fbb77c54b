/** Helpers to read what stands around a candidate, within its own clause. */

/**
 * Whether a character code is a letter (Latin with its accents, and other scripts). Scanning by
 * code is many times faster than a Unicode property pattern tried at every position.
 */
export function isLetter(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 0xc0 && code < 0x2000 && code !== 0xd7 && code !== 0xf7)
  );
}

export const isDigit = (code: number) => code >= 48 && code <= 57;

/** A regular expression for whole words (JavaScript's `\b` does not know letters like "ë"). */
export function wordsPattern(words: string, flags = 'iu'): RegExp {
  const alternatives = words
    .trim()
    .split(/\s*\|\s*|\s*\n\s*/)
    .filter(Boolean)
    .join('|');
  return new RegExp(String.raw`(?<![\p{L}\d])(?:${alternatives})(?![\p{L}\d])`, flags);
}

/** Words ending in a dot that do not end a sentence: "mw.", "geb.", "nr.", initials. */
const ABBREVIATIONS = new Set(
  `mw mevr mvr dhr hr fam geb nr tel dr pr st mr burg ca bijv evt rek hnr huisnr pc clt sept sep
  jan feb mrt apr aug okt nov dec jr ir ing drs prof art id nl gem incl excl resp vnl o.a t.n.v`.split(
    /\s+/,
  ),
);

const CLAUSE_BREAK = /[!?;\n]|\.(?=\s+\S)/g;

/** Whether the break at `index` (a character of CLAUSE_BREAK) really ends a clause. */
function endsClause(text: string, index: number): boolean {
  if (text[index] !== '.') return true;
  const word = /[\p{L}.]*$/u.exec(text.slice(Math.max(0, index - 12), index))?.[0] ?? '';
  // "paspoortnr.", "rek.nr." and the like are abbreviations too.
  if (word.length <= 1 || ABBREVIATIONS.has(word.toLowerCase()) || /nr$/i.test(word)) return false;
  return /^\s+[\p{Lu}\d]/u.test(text.slice(index + 1, index + 4));
}

/** The text before `index` in the same clause, at most `max` characters. */
export function clauseBefore(text: string, index: number, max: number): string {
  const from = Math.max(0, index - max);
  const window = text.slice(from, index);
  let cut = 0;
  for (const match of window.matchAll(CLAUSE_BREAK)) {
    if (endsClause(text, from + match.index)) cut = match.index + 1;
  }
  return window.slice(cut);
}

/** The text after `index` in the same clause, at most `max` characters. */
export function clauseAfter(text: string, index: number, max: number): string {
  const window = text.slice(index, index + max);
  for (const match of window.matchAll(CLAUSE_BREAK)) {
    if (endsClause(text, index + match.index)) return window.slice(0, match.index);
  }
  return window;
}

/** Organisations and their offices: a number or address right after one is theirs. */
const ORGANISATION_WORDS = new Set(
  `gemeente gemeentehuis stadhuis stadskantoor stichting wijkteam buurtteam jeugdteam team kantoor
  loket servicenummer klantenservice helpdesk receptie centrale meldpunt huisartsenpost ziekenhuis
  ggd uwv svb duo cjib cak belastingdienst kredietbank woonstichting bibliotheek wijkcentrum
  buurthuis gezondheidscentrum huisartsenpraktijk spreekuur vestiging locatie postadres
  bezoekadres humanitas vluchtelingenwerk kindertelefoon gevestigd`.split(/\s+/),
);
/** Compounds ("Wmo-loket", "zorgverzekeraar") and names of more than one word. */
const ORGANISATION_PATTERN =
  /(?:loket|verzekeringsbank|verzekeraar|corporatie|steunpunt)$|^(?:algemene nummer|leger des|des heils|veilig thuis|juridisch loket|zilveren kruis|zit aan|zitten aan)$/u;

/** A resident named after the organisation: "de corporatie belde over dhr. X, Kerkstraat 4". */
const RESIDENT_WORDS = new Set(
  `mw mevr mevrouw mvr dhr meneer heer fam familie cliënt client cliënte moeder vader zoon dochter
  huurder bewoner inwoner aanvrager partner`.split(/\s+/),
);

/**
 * Whether the clause before `index` says the number or address belongs to an organisation. Read
 * as words and sets, not one large pattern: it runs for every candidate.
 */
export function belongsToOrganisation(text: string, index: number): boolean {
  const words =
    clauseBefore(text, index, 70)
      .toLowerCase()
      .match(/[\p{L}-]+/gu) ?? [];
  let last = -1;
  words.forEach((word, i) => {
    const pair = i > 0 ? `${words[i - 1]} ${word}` : '';
    if (
      ORGANISATION_WORDS.has(word) ||
      ORGANISATION_PATTERN.test(word) ||
      ORGANISATION_PATTERN.test(pair)
    ) {
      last = i;
    }
  });
  return last >= 0 && !words.slice(last + 1).some((word) => RESIDENT_WORDS.has(word));
}
