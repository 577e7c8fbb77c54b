import type { Unsubscribe } from '@leerruimte/api-notifications';
import type { Locale } from '@leerruimte/shared-contracts';
import { type MailMessage, paragraphMail } from '@leerruimte/api-infrastructure';

/** A reflection prompt (or a reminder of it) by mail, in Dutch or English; answers go in the app. */
export function promptMail(
  locale: Locale,
  facts: {
    to: string;
    name: string;
    teamName: string;
    question: string;
    link: string;
    /** A reminder to someone who has not answered yet. */
    reminder?: boolean;
    unsubscribe?: Unsubscribe;
  },
): MailMessage {
  const nl = locale === 'nl';
  return paragraphMail({
    to: facts.to,
    subject: nl
      ? `${facts.reminder ? 'Herinnering: r' : 'R'}eflectievraag van ${facts.teamName}`
      : `${facts.reminder ? 'Reminder: a' : 'A'} reflection question from ${facts.teamName}`,
    paragraphs: nl
      ? [
          `Hallo ${facts.name},`,
          `Je team vraagt je even stil te staan bij deze vraag:`,
          facts.question,
          'Antwoorden kost een minuut en blijft alleen voor jou, tenzij je het met je team deelt:',
          facts.link,
        ]
      : [
          `Hello ${facts.name},`,
          'Your team asks you to take a moment for this question:',
          facts.question,
          'Answering takes a minute and stays yours alone, unless you share it with your team:',
          facts.link,
        ],
    link: { url: facts.link, label: nl ? 'Beantwoorden' : 'Answer' },
    ...facts.unsubscribe,
  });
}
