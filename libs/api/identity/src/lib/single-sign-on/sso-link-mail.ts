import type { Locale } from '@leerruimte/shared-contracts';
import { type MailMessage, paragraphMail } from '@leerruimte/api-infrastructure';

/** Asks the account's owner to confirm that their organisation account may sign in to it. */
export function ssoLinkMail(
  locale: Locale,
  facts: { to: string; name: string; organisationName: string; link: string; validMinutes: number },
): MailMessage {
  const nl = locale === 'nl';
  const lines = nl
    ? [
        `Hallo ${facts.name},`,
        `Iemand logde in via ${facts.organisationName} met het adres ${facts.to}, waarvoor je al een account in Leerruimte hebt. Was jij dat? Dan koppel je met deze link het account van ${facts.organisationName} aan je Leerruimte-account:`,
        facts.link,
        `De link werkt ${facts.validMinutes} minuten en één keer. Was jij het niet? Open de link dan niet: er wordt niets gekoppeld.`,
      ]
    : [
        `Hello ${facts.name},`,
        `Someone signed in through ${facts.organisationName} with the address ${facts.to}, for which you already have a Leerruimte account. Was that you? Then this link links the ${facts.organisationName} account to your Leerruimte account:`,
        facts.link,
        `The link works for ${facts.validMinutes} minutes, once. Was it not you? Then do not open the link: nothing is linked.`,
      ];
  return paragraphMail({
    to: facts.to,
    subject: nl ? 'Je account koppelen in Leerruimte' : 'Link your account in Leerruimte',
    paragraphs: lines,
    link: { url: facts.link, label: nl ? 'Account koppelen' : 'Link account' },
  });
}
