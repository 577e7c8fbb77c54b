import type { Locale } from '@leerruimte/shared-contracts';
import type { MailMessage } from '@leerruimte/api-core';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

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
  const html = lines
    .map((line) =>
      line === facts.link
        ? `<p><a href="${escapeHtml(facts.link)}">${escapeHtml(nl ? 'Uitnodiging aannemen' : 'Accept the invitation')}</a></p>`
        : `<p>${escapeHtml(line)}</p>`,
    )
    .join('\n');
  return { to: facts.to, subject, text: `${lines.join('\n\n')}\n`, html };
}
