import type { OutboxMessage } from '@leerruimte/api-infrastructure';
import { outboxView } from './outbox.controller';

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

  it('without one, shows the text: the outbox is then the only mailbox', () => {
    expect(outboxView(message, true).text).toContain('/uitnodiging/een-geheime-link');
  });
});
