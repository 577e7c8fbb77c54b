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
    ssoOffered: (organisation: string) =>
      `${organisation} laat je inloggen met je account van de organisatie.`,
    ssoRequired: (organisation: string) =>
      `Met dit adres log je in met je account van ${organisation}, niet met een wachtwoord.`,
    ssoButton: (organisation: string) => `Inloggen via ${organisation}`,
    orPassword: 'Of log in met je wachtwoord van Leerruimte:',
    ssoFailed: {
      cancelled: 'Het inloggen via je organisatie is afgebroken. Probeer het opnieuw.',
      expired:
        'Het inloggen via je organisatie duurde te lang of is al afgerond. Begin opnieuw met je e-mailadres.',
      provider_unreachable:
        'Het inlogsysteem van je organisatie is nu niet bereikbaar. Probeer het later opnieuw, of vraag je beheerder.',
      token_rejected:
        'Het antwoord van het inlogsysteem van je organisatie klopte niet. Probeer het opnieuw; lukt het niet, vraag dan je beheerder.',
      wrong_tenant:
        'Je logde in met een account van een andere organisatie. Log bij je organisatie in met je werkaccount.',
      no_email:
        'Het inlogsysteem van je organisatie gaf geen e-mailadres door. Vraag je beheerder om dat in te stellen.',
      domain_not_allowed:
        'Dit e-mailadres hoort niet bij een organisatie die via haar eigen account inlogt. Log in met je wachtwoord.',
    },
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
    ssoOffered: (organisation: string) =>
      `${organisation} lets you sign in with your organisation account.`,
    ssoRequired: (organisation: string) =>
      `With this address you sign in with your ${organisation} account, not a password.`,
    ssoButton: (organisation: string) => `Sign in through ${organisation}`,
    orPassword: 'Or log in with your Leerruimte password:',
    ssoFailed: {
      cancelled: 'Signing in through your organisation was cancelled. Please try again.',
      expired:
        'Signing in through your organisation took too long or was already finished. Start again with your e-mail address.',
      provider_unreachable:
        'Your organisation’s sign-in service cannot be reached now. Try again later, or ask your administrator.',
      token_rejected:
        'The answer from your organisation’s sign-in service was not right. Try again; if that fails, ask your administrator.',
      wrong_tenant:
        'You signed in with an account of another organisation. Sign in with your work account.',
      no_email:
        'Your organisation’s sign-in service did not pass on an e-mail address. Ask your administrator to set that up.',
      domain_not_allowed:
        'This e-mail address does not belong to an organisation that signs in with its own accounts. Log in with your password.',
    },
  },
);
