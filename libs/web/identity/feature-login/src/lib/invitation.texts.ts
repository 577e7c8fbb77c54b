import { defineTexts } from '@leerruimte/web-shared-i18n';

export const invitationTexts = defineTexts(
  {
    title: 'Uitnodiging',
    loading: 'De uitnodiging wordt opgehaald…',
    invited: (team: string, organisation: string) =>
      `Je bent uitgenodigd voor ${team} van ${organisation}.`,
    newAccount: 'Kies je naam zoals je teamgenoten die zien, en een wachtwoord.',
    name: 'Naam',
    password: 'Wachtwoord',
    passwordHint: 'Minstens 12 tekens. Een zin van een paar woorden is sterk en goed te onthouden.',
    accept: 'Uitnodiging aannemen',
    accepting: 'Bezig…',
    existingAccount: (email: string) =>
      `Er is al een account voor ${email}. Log daarmee in om de uitnodiging aan te nemen.`,
    logIn: 'Inloggen en aannemen',
    acceptAsYou: (name: string) => `Je bent ingelogd als ${name}.`,
    notFound: 'Deze uitnodiging bestaat niet of is al gebruikt.',
    ssoOffered: (organisation: string) =>
      `${organisation} laat je inloggen met je account van de organisatie. Log daarmee in: de uitnodiging wordt dan meteen aangenomen.`,
    ssoButton: (organisation: string) => `Inloggen via ${organisation}`,
    orPassword: 'Of maak een account met een wachtwoord:',
  },
  {
    title: 'Invitation',
    loading: 'Fetching the invitation…',
    invited: (team: string, organisation: string) =>
      `You are invited to ${team} of ${organisation}.`,
    newAccount: 'Choose your name as your team mates will see it, and a password.',
    name: 'Name',
    password: 'Password',
    passwordHint:
      'At least 12 characters. A sentence of a few words is strong and easy to remember.',
    accept: 'Accept the invitation',
    accepting: 'Working…',
    existingAccount: (email: string) =>
      `There already is an account for ${email}. Log in with it to accept the invitation.`,
    logIn: 'Log in and accept',
    acceptAsYou: (name: string) => `You are logged in as ${name}.`,
    notFound: 'This invitation does not exist or has already been used.',
    ssoOffered: (organisation: string) =>
      `${organisation} lets you sign in with your organisation account. Sign in with it: the invitation is then accepted at once.`,
    ssoButton: (organisation: string) => `Sign in through ${organisation}`,
    orPassword: 'Or make an account with a password:',
  },
);
