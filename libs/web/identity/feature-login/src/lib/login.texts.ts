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
    sendUnlockLink: 'Mail mij een link om in te loggen',
    sendingUnlockLink: 'Bezig…',
    unlockLinkSent: (email: string) =>
      `Als er een account is voor ${email}, staat er nu een e-mail met een link klaar. Open hem op dit apparaat; hij werkt een half uur.`,
    unlockTitle: 'Inloggen op dit apparaat',
    unlockIntro:
      'Er is een paar keer een verkeerd wachtwoord gegeven voor je account, daarom moet inloggen even wachten. Met deze knop onthoudt Leerruimte dit apparaat als het jouwe: hier hoef je dan niet te wachten.',
    unlock: 'Dit apparaat gebruiken',
    unlocking: 'Bezig…',
    unlocked: 'Gelukt. Je kunt op dit apparaat meteen inloggen.',
    toLogin: 'Naar inloggen',
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
    sendUnlockLink: 'Mail me a link to log in',
    sendingUnlockLink: 'Working…',
    unlockLinkSent: (email: string) =>
      `If there is an account for ${email}, an e-mail with a link is on its way. Open it on this device; it works for half an hour.`,
    unlockTitle: 'Log in on this device',
    unlockIntro:
      'A wrong password was given a few times for your account, so logging in has to wait a while. With this button Leerruimte remembers this device as yours: here you need not wait.',
    unlock: 'Use this device',
    unlocking: 'Working…',
    unlocked: 'Done. You can log in on this device right away.',
    toLogin: 'To log in',
  },
);
