import { defineTexts } from '@leerruimte/web-shared-i18n';

export const loginTexts = defineTexts(
  {
    title: 'Inloggen',
    intro: 'Log in met het e-mailadres waarmee je bent uitgenodigd.',
    email: 'E-mailadres',
    password: 'Wachtwoord',
    submit: 'Inloggen',
    submitting: 'Bezig met inloggen…',
    forgot: 'Wachtwoord vergeten?',
    offline: 'De server is niet bereikbaar. Controleer je verbinding en probeer het opnieuw.',
    unexpected: (code: string) =>
      `Inloggen lukte niet door een fout aan onze kant. Probeer het opnieuw; noem code ${code} als het blijft misgaan.`,
  },
  {
    title: 'Log in',
    intro: 'Log in with the e-mail address you were invited with.',
    email: 'E-mail address',
    password: 'Password',
    submit: 'Log in',
    submitting: 'Logging in…',
    forgot: 'Forgot your password?',
    offline: 'The server cannot be reached. Check your connection and try again.',
    unexpected: (code: string) =>
      `Logging in failed because of an error on our side. Try again; quote code ${code} if it keeps failing.`,
  },
);
