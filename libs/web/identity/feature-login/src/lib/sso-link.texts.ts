import { defineTexts } from '@leerruimte/web-shared-i18n';

export const ssoLinkTexts = defineTexts(
  {
    title: 'Account koppelen',
    intro: (organisation: string, email: string) =>
      `Je logde in via ${organisation} als ${email}. Er is al een Leerruimte-account met dit adres. Geef het wachtwoord van dat account om het te koppelen; daarna log je er steeds mee in via ${organisation}.`,
    password: 'Wachtwoord',
    passwordHint:
      'Van je Leerruimte-account. Eén keer nodig: daarna vraagt Leerruimte het niet meer.',
    link: 'Koppelen en inloggen',
    linking: 'Bezig met koppelen…',
    notYou: 'Niet jouw account?',
    toLogin: 'Naar inloggen',
    loading: 'Bezig met laden…',
    expired: 'Deze koppeling is verlopen of al gebruikt. Log opnieuw in via je organisatie.',
    noPassword: 'Geen wachtwoord bij de hand?',
    mailMe: 'Mail mij een link om te bevestigen',
    mailing: 'Bezig…',
    mailed: (email: string) =>
      `Er staat een e-mail klaar voor ${email}. Open de link daarin om het koppelen te bevestigen.`,
    confirmIntro: (organisation: string, email: string) =>
      `Bevestig dat je account van ${organisation} voortaan inlogt op je Leerruimte-account ${email}.`,
    confirm: 'Koppelen bevestigen',
  },
  {
    title: 'Link your account',
    intro: (organisation: string, email: string) =>
      `You signed in through ${organisation} as ${email}. There already is a Leerruimte account with this address. Give that account's password to link it; from then on you sign in to it through ${organisation}.`,
    password: 'Password',
    passwordHint: 'Of your Leerruimte account. Needed once: Leerruimte will not ask for it again.',
    link: 'Link and log in',
    linking: 'Linking…',
    notYou: 'Not your account?',
    toLogin: 'To log in',
    loading: 'Loading…',
    expired: 'This link has expired or was used. Sign in through your organisation again.',
    noPassword: 'No password at hand?',
    mailMe: 'Mail me a link to confirm',
    mailing: 'Working…',
    mailed: (email: string) =>
      `An e-mail for ${email} is on its way. Open the link in it to confirm the link.`,
    confirmIntro: (organisation: string, email: string) =>
      `Confirm that your ${organisation} account signs in to your Leerruimte account ${email} from now on.`,
    confirm: 'Confirm the link',
  },
);
