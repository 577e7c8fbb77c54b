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
  const compact = iban.replace(/[\s-]+/g, '').toUpperCase();
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
