import { HttpStatus } from '@nestjs/common';
import { AppError } from '@leerruimte/api-core';

const fieldProblem = (field: string, code: string, nl: string, en: string) =>
  new AppError(HttpStatus.UNPROCESSABLE_ENTITY, code, { nl, en }, [
    { field, code, text: { nl, en } },
  ]);

export const twoFactorErrors = {
  wrongPassword: (field: string) =>
    new AppError(
      HttpStatus.FORBIDDEN,
      'wrong_password',
      { nl: 'Je huidige wachtwoord klopt niet.', en: 'Your current password is not right.' },
      [
        {
          field,
          code: 'wrong_password',
          text: { nl: 'Dit wachtwoord klopt niet.', en: 'This password is not right.' },
        },
      ],
    ),
  codeMissing: () =>
    fieldProblem(
      'twoFactorCode',
      'two_factor_code_missing',
      'Vul de code uit je authenticator-app in (of een herstelcode).',
      'Enter the code from your authenticator app (or a recovery code).',
    ),
  wrongCode: (field: string) =>
    fieldProblem(
      field,
      'wrong_two_factor_code',
      'Deze code klopt niet of is al gebruikt. Wacht op de volgende code uit je app.',
      'This code is not right or was already used. Wait for the next code from your app.',
    ),
  alreadyOn: () =>
    new AppError(HttpStatus.CONFLICT, 'two_factor_already_on', {
      nl: 'Tweestapsverificatie staat al aan.',
      en: 'Two-factor authentication is already on.',
    }),
  notOn: () =>
    new AppError(HttpStatus.CONFLICT, 'two_factor_not_on', {
      nl: 'Tweestapsverificatie staat nog niet aan.',
      en: 'Two-factor authentication is not on yet.',
    }),
  noSetupStarted: () =>
    new AppError(HttpStatus.CONFLICT, 'two_factor_setup_not_started', {
      nl: 'Begin opnieuw met het instellen van tweestapsverificatie.',
      en: 'Start setting up two-factor authentication again.',
    }),
  requiredForRole: () =>
    new AppError(HttpStatus.CONFLICT, 'two_factor_required_for_role', {
      nl: 'Als beheerder heb je tweestapsverificatie nodig; je kunt het niet uitzetten.',
      en: 'As an admin you need two-factor authentication; you cannot turn it off.',
    }),
  challengeExpired: () =>
    new AppError(HttpStatus.UNAUTHORIZED, 'login_challenge_expired', {
      nl: 'Deze inlogpoging is verlopen. Log opnieuw in met je e-mailadres en wachtwoord.',
      en: 'This login attempt has expired. Log in again with your e-mail address and password.',
    }),
};
