import type { OutboxMessage } from '@leerruimte/api-infrastructure';
import { randomBytes, randomUUID } from 'node:crypto';
import { outboxView, redactLinkSecrets } from './outbox.controller';

describe(outboxView.name, () => {
  const message = {
    id: '6f1c1a52-8f0e-4f44-9a57-1f1e0b6c2d11',
    recipient: 'noor@test.test',
    subject: 'Uitnodiging voor Noord in Leerruimte',
    text: 'Open https://leerruimte.example/uitnodiging/een-geheime-link om mee te doen.',
    status: 'sent',
    createdAt: new Date('2026-12-06T12:00:00Z'),
  } as OutboxMessage;

  it('with a mail server, says whether a message went out but not what it says', () => {
    expect(outboxView(message, false)).toEqual({
      id: message.id,
      recipient: 'noor@test.test',
      subject: 'Uitnodiging voor Noord in Leerruimte',
      text: null,
      status: 'sent',
      createdAt: '2026-12-06T12:00:00.000Z',
    });
  });

  it('without one, shows the text with the secret of every link hidden', () => {
    const token = randomBytes(32).toString('base64url');
    const text = `Open https://leerruimte.example/uitnodiging/${token} om mee te doen.`;

    expect(outboxView({ ...message, text } as OutboxMessage, true).text).toBe(
      'Open https://leerruimte.example/uitnodiging/[verborgen] om mee te doen.',
    );
  });
});

describe(redactLinkSecrets.name, () => {
  it.each([
    [
      'a password-reset link',
      `https://l.example/wachtwoord-herstellen/${randomBytes(32).toString('base64url')}`,
    ],
    [
      'an unsubscribe token in a query',
      `https://l.example/api/afmelden?token=${randomBytes(32).toString('hex')}`,
    ],
    [
      'a token ending in a dash',
      `http://localhost:3000/uitnodiging/${'-'.repeat(5)}${randomBytes(30).toString('base64url')}`,
    ],
  ])('hides %s', (_what, url) => {
    const redacted = redactLinkSecrets(`Klik op ${url}\nGroet`);

    expect(redacted).toContain('[verborgen]');
    expect(redacted).not.toContain(url.split(/[/=]/).at(-1));
    expect(redacted).toMatch(/^Klik op https?:\/\/[^/]+\//);
    expect(redacted.endsWith('\nGroet')).toBe(true);
  });

  it('keeps ids, which open nothing without signing in, and all text outside links', () => {
    const id = randomUUID();
    const text = `Beantwoord de vraag: https://leerruimte-voorbeeldstad.example/reflecties/${id}\nDeze-zin-heeft-heel-veel-woorden-met-streepjes.`;

    expect(redactLinkSecrets(text)).toBe(text);
  });
});
