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
