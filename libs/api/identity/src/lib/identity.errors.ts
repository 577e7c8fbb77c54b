import { HttpStatus } from '@nestjs/common';
import { AppError } from '@leerruimte/api-core';

export const identityErrors = {
  invalidCredentials: () =>
    new AppError(HttpStatus.UNAUTHORIZED, 'invalid_credentials', {
      nl: 'Deze combinatie van e-mailadres en wachtwoord klopt niet.',
      en: 'This combination of e-mail address and password is not right.',
    }),
  unauthenticated: () =>
    new AppError(HttpStatus.UNAUTHORIZED, 'unauthenticated', {
      nl: 'Je bent niet (meer) ingelogd. Log in om verder te gaan.',
      en: 'You are not (or no longer) logged in. Log in to continue.',
    }),
  csrfFailed: () =>
    new AppError(HttpStatus.FORBIDDEN, 'csrf_failed', {
      nl: 'Dit verzoek kon niet worden gecontroleerd. Vernieuw de pagina en probeer het opnieuw.',
      en: 'This request could not be verified. Reload the page and try again.',
    }),
  notYourTeam: (field: string) =>
    new AppError(
      HttpStatus.UNPROCESSABLE_ENTITY,
      'not_your_team',
      { nl: 'Je bent geen lid van dit team.', en: 'You are not a member of this team.' },
      [
        {
          field,
          code: 'not_your_team',
          text: { nl: 'Kies een van je eigen teams.', en: 'Choose one of your own teams.' },
        },
      ],
    ),
  ssoRequired: (organisationName: string) =>
    new AppError(HttpStatus.FORBIDDEN, 'sso_required', {
      nl: `${organisationName} laat je inloggen met je account van de organisatie, niet met een wachtwoord.`,
      en: `${organisationName} has you sign in with your organisation account, not a password.`,
    }),
  ssoLinkExpired: () =>
    new AppError(HttpStatus.NOT_FOUND, 'sso_link_expired', {
      nl: 'Deze koppeling is verlopen of al gebruikt. Log opnieuw in via je organisatie.',
      en: 'This link has expired or was used. Sign in through your organisation again.',
    }),
};
