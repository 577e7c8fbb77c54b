import type { Unsubscribe } from '@leerruimte/api-notifications';
import type { Locale } from '@leerruimte/shared-contracts';
import { type MailMessage, paragraphMail } from '@leerruimte/api-infrastructure';

export interface AssignmentMailFacts {
  to: string;
  name: string;
  assignerName: string;
  teamName: string;
  moduleTitle: string;
  estimatedMinutes: number;
  dueDate: string | null;
  link: string;
  unsubscribe: Unsubscribe;
}

function formatDate(date: string, locale: Locale): string {
  return new Date(`${date}T12:00:00Z`).toLocaleDateString(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'long',
    timeZone: 'Europe/Amsterdam',
  });
}

/** "Your team leader asks you to follow this module", in Dutch or English. */
export function assignmentMail(locale: Locale, facts: AssignmentMailFacts): MailMessage {
  const nl = locale === 'nl';
  const due = facts.dueDate ? formatDate(facts.dueDate, locale) : null;
  const lines = nl
    ? [
        `Hallo ${facts.name},`,
        `${facts.assignerName} vraagt je om in ${facts.teamName} de module "${facts.moduleTitle}" te volgen (ongeveer ${facts.estimatedMinutes} minuten).` +
          (due ? ` Graag afgerond vóór ${due}.` : ''),
        'Je vindt de module in Leerruimte onder "Mijn leren":',
        facts.link,
      ]
    : [
        `Hello ${facts.name},`,
        `${facts.assignerName} asks you to follow the module "${facts.moduleTitle}" in ${facts.teamName} (about ${facts.estimatedMinutes} minutes).` +
          (due ? ` Please complete it by ${due}.` : ''),
        'You find the module in Leerruimte under "My learning":',
        facts.link,
      ];
  return paragraphMail({
    to: facts.to,
    subject: nl
      ? `Nieuwe module voor je: ${facts.moduleTitle}`
      : `A new module for you: ${facts.moduleTitle}`,
    paragraphs: lines,
    link: { url: facts.link, label: nl ? 'Naar de module' : 'Go to the module' },
    ...facts.unsubscribe,
  });
}
