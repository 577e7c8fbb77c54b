import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { type TestContext, createTestContext, eventually } from '../../testing';
import { Mailer } from './mailer';

/** The worker runs only with a handler for every job; the heartbeat's lives in another library. */
interface Received {
  from: string;
  to: string[];
  data: string;
}

describe(Mailer.name, () => {
  describe('with an SMTP server', () => {
    const received: Received[] = [];
    let smtp: SMTPServer;
    let ctx: TestContext;

    beforeAll(async () => {
      smtp = new SMTPServer({
        authOptional: true,
        disabledCommands: ['STARTTLS'],
        onData(stream, session, callback) {
          let data = '';
          stream.on('data', (chunk: Buffer) => (data += chunk.toString()));
          stream.on('end', () => {
            received.push({
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
              data,
            });
            callback();
          });
        },
      });
      smtp.listen(0, '127.0.0.1');
      await once(smtp.server, 'listening');
      const port = (smtp.server.address() as AddressInfo).port;
      ctx = await createTestContext({
        processJobs: true,
        configure: (config) => ({
          ...config,
          mail: { smtpUrl: `smtp://127.0.0.1:${port}`, from: 'Leerruimte <noreply@test.test>' },
        }),
      });
    });

    afterAll(async () => {
      await ctx?.close();
      smtp.close();
    });

    it('delivers through a worker job and marks the message sent', async () => {
      const id = await ctx.app.get(Mailer).send({
        to: 'fatma@voorbeeldstad.test',
        subject: 'Uitnodiging voor Wijkteam Noord',
        text: 'Hallo Fatma',
        html: '<p>Hallo Fatma</p>',
      });

      await eventually(() => expect(received).toHaveLength(1));
      expect(received[0]).toMatchObject({
        from: 'noreply@test.test',
        to: ['fatma@voorbeeldstad.test'],
      });
      expect(received[0].data).toContain('Subject: Uitnodiging voor Wijkteam Noord');
      expect(received[0].data).toContain('Hallo Fatma');
      await eventually(async () => {
        const [row] = await ctx.dataSource.query(
          `SELECT status, sent_at FROM outbox_message WHERE id = $1`,
          [id],
        );
        expect(row.status).toBe('sent');
        expect(row.sent_at).not.toBeNull();
      });
    });

    it('sends on, at start, mail stored without a job (seeded, or stored before a crash)', async () => {
      const mailer = ctx.app.get(Mailer);
      const [id] = await mailer.store(
        [{ to: 'noor@voorbeeldstad.test', subject: 'Opgeslagen', text: 'Hallo Noor', html: '' }],
        ctx.dataSource.manager,
      );
      const before = received.length;

      await mailer.onApplicationBootstrap();
      // A second process starting at the same time adds nothing: the message id is the job id.
      await mailer.onApplicationBootstrap();

      await eventually(() => expect(received).toHaveLength(before + 1));
      expect(received.at(-1)?.to).toEqual(['noor@voorbeeldstad.test']);
      await eventually(async () => {
        const [row] = await ctx.dataSource.query(
          `SELECT status FROM outbox_message WHERE id = $1`,
          [id],
        );
        expect(row.status).toBe('sent');
      });
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(received).toHaveLength(before + 1);
    });
  });

  describe('without an SMTP server', () => {
    it('keeps the message in the outbox for platform admins to read', async () => {
      const ctx = await createTestContext({});
      try {
        await ctx.app
          .get(Mailer)
          .send({ to: 'a@b.test', subject: 'Onderwerp', text: 't', html: 'h' });

        const [latest] = await ctx.app.get(Mailer).latest();
        expect(latest).toMatchObject({
          recipient: 'a@b.test',
          subject: 'Onderwerp',
          status: 'stored',
        });
      } finally {
        await ctx.close();
      }
    });
  });
});
