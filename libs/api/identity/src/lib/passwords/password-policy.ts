import { dictionary } from '@zxcvbn-ts/language-common';
import { validationFailed } from '@leerruimte/api-core';
import type { LocalizedText } from '@leerruimte/shared-contracts';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/** Dutch words and patterns people reach for first, on top of the international list. */
const dutchCommonPasswords = [
  'wachtwoord',
  'wachtwoord1',
  'wachtwoord12',
  'wachtwoord123',
  'wachtwoord1234',
  'welkom',
  'welkom123',
  'welkom12345',
  'welkom123456',
  'welkomwelkom',
  'voorjaar2026!',
  'zomer2026!',
  'najaar2026!',
  'winter2026!',
  'leerruimte',
  'leerruimte123',
  'wijkteam',
  'wijkteam123',
  'gemeente',
  'gemeente123',
  'amsterdam123',
  'rotterdam123',
  'nederland',
  'nederland123',
  'hallohallo',
  'hallo12345678',
  'geheim',
  'geheim123456',
  'geheimwachtwoord',
  'ajaxajaxajax',
  'feyenoord1908',
  'qwertyuiop12',
  'azertyuiop12',
];

const common = new Set(
  [...dictionary['passwords-common'], ...dutchCommonPasswords].map((password) =>
    password.toLowerCase(),
  ),
);

export interface PasswordProblem {
  code: 'password_too_short' | 'password_too_long' | 'password_too_common';
  text: LocalizedText;
}

/** NIST-style rules: long enough, not absurdly long, and not on a list of common passwords. */
export function checkPassword(password: string): PasswordProblem | undefined {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) {
    return {
      code: 'password_too_short',
      text: {
        nl: `Kies een wachtwoord van minstens ${PASSWORD_MIN_LENGTH} tekens. Een zin van een paar woorden is makkelijk te onthouden.`,
        en: `Choose a password of at least ${PASSWORD_MIN_LENGTH} characters. A sentence of a few words is easy to remember.`,
      },
    };
  }
  if (length > PASSWORD_MAX_LENGTH) {
    return {
      code: 'password_too_long',
      text: {
        nl: `Een wachtwoord mag hoogstens ${PASSWORD_MAX_LENGTH} tekens lang zijn.`,
        en: `A password may be at most ${PASSWORD_MAX_LENGTH} characters.`,
      },
    };
  }
  if (common.has(password.toLowerCase())) {
    return {
      code: 'password_too_common',
      text: {
        nl: 'Dit wachtwoord wordt te vaak gebruikt en is makkelijk te raden. Kies een ander.',
        en: 'This password is used too often and is easy to guess. Choose another one.',
      },
    };
  }
  return undefined;
}

/** The 400 for a password that breaks the rules, on the form field that holds it. */
export function assertPasswordAllowed(password: string, field: string): void {
  const problem = checkPassword(password);
  if (problem) {
    throw validationFailed([{ field, code: problem.code, text: problem.text }]);
  }
}
