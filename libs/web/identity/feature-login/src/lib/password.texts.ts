import { defineTexts } from '@leerruimte/web-shared-i18n';

export const passwordTexts = defineTexts(
  {
    forgotTitle: 'Wachtwoord vergeten',
    forgotIntro: 'Vul je e-mailadres in. Je krijgt een link om een nieuw wachtwoord te kiezen.',
    email: 'E-mailadres',
    send: 'Link versturen',
    sending: 'Bezig…',
    sent: (email: string) =>
      `Als er een account is voor ${email}, staat er nu een e-mail met een link klaar. De link werkt een uur.`,
    resetTitle: 'Nieuw wachtwoord kiezen',
    password: 'Nieuw wachtwoord',
    passwordHint: 'Minstens 12 tekens. Een zin van een paar woorden is sterk en goed te onthouden.',
    save: 'Wachtwoord opslaan',
    saved: 'Je wachtwoord is gewijzigd. Je bent overal uitgelogd; log in met je nieuwe wachtwoord.',
    toLogin: 'Naar inloggen',
  },
  {
    forgotTitle: 'Forgot your password',
    forgotIntro: 'Enter your e-mail address. You will get a link to choose a new password.',
    email: 'E-mail address',
    send: 'Send link',
    sending: 'Working…',
    sent: (email: string) =>
      `If there is an account for ${email}, an e-mail with a link is on its way. The link works for an hour.`,
    resetTitle: 'Choose a new password',
    password: 'New password',
    passwordHint:
      'At least 12 characters. A sentence of a few words is strong and easy to remember.',
    save: 'Save password',
    saved:
      'Your password has been changed. You are logged out everywhere; log in with your new password.',
    toLogin: 'To log in',
  },
);
