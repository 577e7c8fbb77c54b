import type { Locale } from '@leerruimte/shared-contracts';
import { type MailMessage, paragraphMail } from '@leerruimte/api-infrastructure';

export interface InvitationMailFacts {
  to: string;
  teamName: string;
  organisationName: string;
  inviterName: string;
  link: string;
  expiresInDays: number;
}

/** The invitation mail in plain text and HTML, in Dutch or English. */
export function invitationMail(locale: Locale, facts: InvitationMailFacts): MailMessage {
  const nl = locale === 'nl';
  const subject = nl
    ? `Uitnodiging voor ${facts.teamName} in Leerruimte`
    : `Invitation to ${facts.teamName} on Leerruimte`;
  const lines = nl
    ? [
        'Hallo,',
        `${facts.inviterName} nodigt je uit voor ${facts.teamName} (${facts.organisationName}) in Leerruimte, waar jullie als team leren van je eigen praktijk.`,
        'Open deze link om de uitnodiging aan te nemen:',
        facts.link,
        `De link werkt ${facts.expiresInDays} dagen. Verwachtte je deze uitnodiging niet? Dan kun je deze mail negeren.`,
      ]
    : [
        'Hello,',
        `${facts.inviterName} invites you to ${facts.teamName} (${facts.organisationName}) on Leerruimte, where your team learns from its own practice.`,
        'Open this link to accept the invitation:',
        facts.link,
        `The link works for ${facts.expiresInDays} days. Did you not expect this invitation? Then you can ignore this e-mail.`,
      ];
  return paragraphMail({
    to: facts.to,
    subject,
    paragraphs: lines,
    link: { url: facts.link, label: nl ? 'Uitnodiging aannemen' : 'Accept the invitation' },
  });
}
