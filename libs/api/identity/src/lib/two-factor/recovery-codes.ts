import { createHash, randomInt } from 'node:crypto';

export const RECOVERY_CODE_COUNT = 10;
// No 0/o, 1/l/i: the codes are read from paper.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** Ten codes like "k7mp-2xqa": 8 characters of 31, about 40 bits each. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const characters = Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]);
    return `${characters.slice(0, 4).join('')}-${characters.slice(4).join('')}`;
  });
}

export function isRecoveryCodeShape(code: string): boolean {
  return /^[a-z0-9]{4}-?[a-z0-9]{4}$/i.test(code.trim());
}

/** Case and the dash do not matter when typing a code back in. */
export function hashRecoveryCode(code: string): string {
  const normalised = code.trim().toLowerCase().replace('-', '');
  return createHash('sha256').update(normalised).digest('hex');
}
