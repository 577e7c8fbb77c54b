import { defineTexts } from '@leerruimte/web-shared-i18n';

export const loginTexts = defineTexts(
  {
    title: 'Inloggen',
    intro: 'Log in met het e-mailadres waarmee je bent uitgenodigd.',
    sessionEnded:
      'Je was niet meer ingelogd. Log opnieuw in om verder te gaan; wat je aan het typen was, is bewaard.',
    email: 'E-mailadres',
    password: 'Wachtwoord',
    submit: 'Inloggen',
    submitting: 'Bezig met inloggen…',
    forgot: 'Wachtwoord vergeten?',
    codeTitle: 'Tweestapsverificatie',
    codeIntro: 'Vul de code van zes cijfers in die je authenticator-app nu toont.',
    code: 'Code',
    codeHint: 'Geen toegang tot je app? Vul een van je herstelcodes in, zoals k7mp-2xqa.',
    confirmCode: 'Bevestigen',
    startOver: 'Opnieuw beginnen',
  },
  {
    title: 'Log in',
    intro: 'Log in with the e-mail address you were invited with.',
    sessionEnded:
      'You were no longer logged in. Log in again to continue; what you were typing has been kept.',
    email: 'E-mail address',
    password: 'Password',
    submit: 'Log in',
    submitting: 'Logging in…',
    forgot: 'Forgot your password?',
    codeTitle: 'Two-factor authentication',
    codeIntro: 'Enter the six-digit code your authenticator app shows now.',
    code: 'Code',
    codeHint: 'No access to your app? Enter one of your recovery codes, such as k7mp-2xqa.',
    confirmCode: 'Confirm',
    startOver: 'Start over',
  },
);
