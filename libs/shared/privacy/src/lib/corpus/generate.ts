/**
 * Numbers for the labelled corpus, made up but with the right check digits, so a sentence tests
 * the detector rather than a typo. Deterministic: the same seed gives the same number in the unit
 * test and in the benchmark.
 */

/** Digits from a seed: a small linear congruential generator, not meant to be random-looking. */
function digitsFrom(seed: number, count: number): number[] {
  let state = (seed * 2654435761) % 4294967296;
  return Array.from({ length: count }, () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return Math.floor((state / 4294967296) * 10);
  });
}

/** Puts digits into a pattern where each `d` takes the next digit: `ddd-ddd-ddd`. */
function shape(digits: string, pattern: string): string {
  let next = 0;
  return pattern.replace(/d/g, () => digits[next++]);
}

function elevenSum(digits: number[]): number {
  return digits.slice(0, 8).reduce((total, digit, index) => total + digit * (9 - index), 0);
}

/** A nine-digit number that passes the 11-proef (a BSN, or an RSIN, which uses the same test). */
export function bsn(seed: number, pattern = 'ddddddddd'): string {
  for (let attempt = seed; ; attempt += 1000) {
    const digits = digitsFrom(attempt, 8);
    if (digits[0] === 0) digits[0] = 1 + (seed % 9);
    const last = elevenSum(digits) % 11;
    if (last < 10) return shape([...digits, last].join(''), pattern);
  }
}

/** A nine-digit number that fails the 11-proef. */
export function notBsn(seed: number, pattern = 'ddddddddd'): string {
  const digits = digitsFrom(seed, 8);
  if (digits[0] === 0) digits[0] = 1 + (seed % 9);
  const last = (elevenSum(digits) + 1 + (seed % 9)) % 11;
  return shape([...digits, last === 10 ? 0 : last].join(''), pattern);
}

function mod97(numeric: string): number {
  let remainder = 0;
  for (const digit of numeric) remainder = (remainder * 10 + Number(digit)) % 97;
  return remainder;
}

const letterValue = (text: string) =>
  text.replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));

/**
 * An IBAN with correct check digits: Dutch with a bank code (`NL`, `INGB`), or another country
 * with only digits after the check (`BE`, 12 digits; `PL`, 24). `spaced` groups it by four.
 */
export function iban(seed: number, bank = 'INGB', spaced = true, country = 'NL'): string {
  const bban =
    country === 'NL'
      ? bank + digitsFrom(seed, 10).join('')
      : digitsFrom(seed, country === 'BE' ? 12 : 24).join('');
  const check = 98 - mod97(letterValue(`${bban}${country}00`));
  const compact = `${country}${String(check).padStart(2, '0')}${bban}`;
  return spaced ? compact.replace(/(.{4})(?=.)/g, '$1 ') : compact;
}

/** The same IBAN with one digit changed, so its check digits no longer match. */
export function badIban(seed: number, bank = 'INGB', spaced = true): string {
  const good = iban(seed, bank, spaced);
  const last = Number(good.at(-1));
  return good.slice(0, -1) + String((last + 3) % 10);
}
