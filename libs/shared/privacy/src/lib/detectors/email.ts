import type { Candidate } from '../kinds';

/**
 * E-mail addresses, also written around so a filter would not see them: "j.jansen [at] gmail
 * [dot] com", "jansen(at)hotmail.nl", "jansen apenstaartje ziggo punt nl", "x @ planet . nl".
 */

/** What joins the two halves: "@", "[at]", "(at)", " at ", " apenstaartje ". */
const AT =
  /\s*[[({<]\s*(?:at|@|apenstaartje)\s*[\])}>]\s*|\s+(?:at|apenstaartje|apestaartje|apenstaart)\s+|\s*@\s*/giu;
const WRITTEN_DOT = String.raw`(?:\s*[[({]\s*(?:dot|punt)\s*[\])}]\s*|\s+(?:dot|punt)\s+)`;
const LABEL = String.raw`[\p{L}\d][\p{L}\d-]*`;
/** The part before the "at", which can be written around too: "jansen punt petra". */
const LOCAL = new RegExp(
  String.raw`(?<![\p{L}\d._%+-])[\p{L}\d][\p{L}\d._%+-]*(?:${WRITTEN_DOT}[\p{L}\d_%+-]+)*$`,
  'iu',
);
/** A domain as written in an address: "gmail.com". */
const PLAIN_DOMAIN = /^[\p{L}\d][\p{L}\d-]*(?:\.[\p{L}\d-]+)*\.\p{L}{2,}(?![\p{L}\d])/u;
/** Spelled out, the top-level domain has to be a known one, so "at" in prose is no address. */
const TLD = 'nl|com|net|org|be|eu|info|de|pl|tr|ma|sr|nu|fr|uk|io|me|biz|online|live';
const WRITTEN_DOMAIN = new RegExp(
  String.raw`^${LABEL}(?:(?:\s*\.\s*|${WRITTEN_DOT})${LABEL})*?(?:\s*\.\s*|${WRITTEN_DOT})(?:${TLD})(?![\p{L}\d])`,
  'iu',
);

/** Domains of mail providers people use privately: an address there is a person's. */
const PRIVATE_DOMAIN =
  /^(?:gmail|googlemail|hotmail|outlook|live|msn|icloud|me|yahoo|kpnmail|kpnplanet|planet|ziggo|home|hetnet|chello|casema|upcmail|xs4all|zeelandnet|telfort|tele2|online|protonmail|proton|gmx|wp|onet|interia|o2)\W/i;

/** Mailboxes of an organisation or team: "info@", "secretariaat@", "wijkteam-oost@". */
const SHARED_MAILBOX =
  /^(?:info|contact|post|secretariaat|receptie|aanmelden|aanmelding|aanmeldingen|intake|helpdesk|servicedesk|support|klantenservice|administratie|noreply|no-reply|vragen|mail|wmo|schuldhulp|jeugd|loket|planning)$|team/i;
const ORGANISATION_DOMAIN = /gemeente|wijkteam|buurtteam|ggd|ggz|welzijn|leerruimte|jeugd/i;

function isPersonal(local: string, domain: string): boolean {
  if (PRIVATE_DOMAIN.test(`${domain} `)) return true;
  return !SHARED_MAILBOX.test(local) && !ORGANISATION_DOMAIN.test(domain);
}

/** Cheap test first: most texts have no "at" of any kind. */
const MAY_HAVE_ADDRESS = /@|(?<![\p{L}])at(?![\p{L}])|apen?staart/iu;

/** Each address is found from its "at" outwards, so the cost grows with the text, not faster. */
export function findEmails(text: string): Candidate[] {
  const found: Candidate[] = [];
  if (!MAY_HAVE_ADDRESS.test(text)) return found;
  for (const at of text.matchAll(AT)) {
    const local = LOCAL.exec(text.slice(Math.max(0, at.index - 64), at.index))?.[0];
    const rest = text.slice(at.index + at[0].length, at.index + at[0].length + 80);
    const domain = (at[0] === '@' ? PLAIN_DOMAIN.exec(rest) : null) ?? WRITTEN_DOMAIN.exec(rest);
    if (local && domain && isPersonal(local, domain[0])) {
      const start = at.index - local.length;
      found.push({ kind: 'email', start, end: at.index + at[0].length + domain[0].length });
    }
  }
  return found;
}
