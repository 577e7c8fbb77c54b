import type { Locale } from '@leerruimte/shared-contracts';
import { type MailMessage, paragraphMail } from '@leerruimte/api-infrastructure';

export function passwordResetMail(
  locale: Locale,
  facts: { to: string; name: string; link: string; validMinutes: number },
): MailMessage {
  const nl = locale === 'nl';
  const lines = nl
    ? [
        `Hallo ${facts.name},`,
        'Je hebt gevraagd om een nieuw wachtwoord voor Leerruimte. Kies het via deze link:',
        facts.link,
        `De link werkt ${facts.validMinutes} minuten en één keer. Heb je dit niet gevraagd? Dan hoef je niets te doen; je wachtwoord blijft hetzelfde.`,
      ]
    : [
        `Hello ${facts.name},`,
        'You asked for a new password for Leerruimte. Choose it through this link:',
        facts.link,
        `The link works for ${facts.validMinutes} minutes, once. Did you not ask for this? Then you need not do anything; your password stays the same.`,
      ];
  return paragraphMail({
    to: facts.to,
    subject: nl ? 'Nieuw wachtwoord voor Leerruimte' : 'New password for Leerruimte',
    paragraphs: lines,
    link: { url: facts.link, label: nl ? 'Nieuw wachtwoord kiezen' : 'Choose a new password' },
  });
}

/** For an address whose organisation requires its own sign-in: no password, but the way in. */
export function signInThroughOrganisationMail(
  locale: Locale,
  facts: { to: string; name: string; organisationName: string; link: string },
): MailMessage {
  const nl = locale === 'nl';
  const lines = nl
    ? [
        `Hallo ${facts.name},`,
        `Je vroeg om een nieuw wachtwoord voor Leerruimte. ${facts.organisationName} laat je inloggen met je account van de organisatie, dus een wachtwoord voor Leerruimte heb je niet nodig. Typ op de inlogpagina je e-mailadres en kies "Inloggen via ${facts.organisationName}":`,
        facts.link,
        'Lukt inloggen bij je organisatie niet? Vraag dan je eigen ICT-helpdesk.',
      ]
    : [
        `Hello ${facts.name},`,
        `You asked for a new password for Leerruimte. ${facts.organisationName} has you sign in with your organisation account, so you need no Leerruimte password. Type your e-mail address on the login page and choose "Sign in through ${facts.organisationName}":`,
        facts.link,
        'Cannot sign in at your organisation? Ask your own IT help desk.',
      ];
  return paragraphMail({
    to: facts.to,
    subject: nl ? 'Inloggen in Leerruimte' : 'Signing in to Leerruimte',
    paragraphs: lines,
    link: { url: facts.link, label: nl ? 'Naar de inlogpagina' : 'To the login page' },
  });
}
