import type { MailMessage } from './mailer';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** A closing line in small print with a link, e.g. how to stop this kind of mail. */
export interface MailFooter {
  text: string;
  link: { url: string; label: string };
}

/**
 * A mail of short paragraphs, as plain text and as HTML. The paragraph that equals `link.url`
 * becomes a link with a readable label in the HTML; the plain text shows the address itself.
 */
export function paragraphMail(message: {
  to: string;
  subject: string;
  paragraphs: string[];
  link: { url: string; label: string };
  footer?: MailFooter;
  headers?: Record<string, string>;
}): MailMessage {
  const html = message.paragraphs
    .map((paragraph) =>
      paragraph === message.link.url
        ? `<p><a href="${escapeHtml(message.link.url)}">${escapeHtml(message.link.label)}</a></p>`
        : `<p>${escapeHtml(paragraph)}</p>`,
    )
    .join('\n');
  const { footer } = message;
  return {
    to: message.to,
    subject: message.subject,
    text: `${message.paragraphs.join('\n\n')}\n${footer ? `\n${footer.text} ${footer.link.url}\n` : ''}`,
    html: footer
      ? `${html}\n<p style="font-size:smaller">${escapeHtml(footer.text)} <a href="${escapeHtml(footer.link.url)}">${escapeHtml(footer.link.label)}</a></p>`
      : html,
    ...(message.headers && { headers: message.headers }),
  };
}
