import type { Locale } from '@leerruimte/shared-contracts';
import { type MailMessage, paragraphMail } from '@leerruimte/api-infrastructure';

export function unlockMail(
  locale: Locale,
  facts: { to: string; name: string; link: string; validMinutes: number },
): MailMessage {
  const nl = locale === 'nl';
  const lines = nl
    ? [
        `Hallo ${facts.name},`,
        'Er is een paar keer een verkeerd wachtwoord gegeven voor je account in Leerruimte, daarom moet er even gewacht worden. Met deze link kun je op je eigen apparaat meteen weer inloggen:',
        facts.link,
        `De link werkt ${facts.validMinutes} minuten en één keer, en alleen in de browser waarin je hem opent. Heb je zelf geen link gevraagd? Dan probeert misschien iemand anders in te loggen: je hoeft niets te doen, maar kies gerust een sterker wachtwoord.`,
      ]
    : [
        `Hello ${facts.name},`,
        'A wrong password was given a few times for your Leerruimte account, so logging in has to wait a while. This link lets you log in on your own device right away:',
        facts.link,
        `The link works for ${facts.validMinutes} minutes, once, and only in the browser you open it in. Did you not ask for a link? Then someone else may be trying to log in: you need not do anything, but do consider a stronger password.`,
      ];
  return paragraphMail({
    to: facts.to,
    subject: nl ? 'Weer inloggen in Leerruimte' : 'Log in to Leerruimte again',
    paragraphs: lines,
    link: { url: facts.link, label: nl ? 'Op dit apparaat inloggen' : 'Log in on this device' },
  });
}
