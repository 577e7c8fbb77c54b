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
    /** Recipients the server refuses for now, as a full mailbox or a passing fault would. */
    const refused = new Set<string>();
    let smtp: SMTPServer;
    let ctx: TestContext;

    beforeAll(async () => {
      smtp = new SMTPServer({
        authOptional: true,
        disabledCommands: ['STARTTLS'],
        onRcptTo(address, _session, callback) {
          callback(
            refused.has(address.address) ? new Error('452 mailbox tijdelijk vol') : undefined,
          );
        },
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

    it('sends an invitation as text/calendar beside the text, as calendars expect it', async () => {
      const content = 'BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n';
      await ctx.app.get(Mailer).send({
        to: 'joost@voorbeeldstad.test',
        subject: 'Ingeschreven: Hollen of stilstaan',
        text: 'Hallo Joost',
        html: '<p>Hallo Joost</p>',
        calendar: { method: 'REQUEST', content },
      });

      await eventually(() =>
        expect(received.some((mail) => mail.to.includes('joost@voorbeeldstad.test'))).toBe(true),
      );
      const data =
        received.find((mail) => mail.to.includes('joost@voorbeeldstad.test'))?.data ?? '';
      expect(data).toMatch(/Content-Type: multipart\/alternative/);
      expect(data).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/);
      expect(data).toContain('uitnodiging.ics');
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

    const store = (recipients: string[]) =>
      ctx.app.get(Mailer).store(
        recipients.map((to) => ({ to, subject: 'Batch', text: `Hallo ${to}`, html: '' })),
        ctx.dataSource.manager,
      );
    const receivedBy = (address: string) =>
      received.filter((message) => message.to.includes(address)).length;
    const rowsOf = async (ids: string[]) =>
      (await ctx.dataSource.query(
        `SELECT recipient, status, attempts, last_error, claimed_until
           FROM outbox_message WHERE id = ANY($1::uuid[]) ORDER BY recipient`,
        [ids],
      )) as {
        recipient: string;
        status: string;
        attempts: number;
        last_error: string | null;
        claimed_until: Date | null;
      }[];

    it('sends a batch once when two jobs deliver the same messages at the same time', async () => {
      const addresses = Array.from({ length: 30 }, (_, index) => `dubbel${index}@batch.test`);
      const ids = await store(addresses);
      const mailer = ctx.app.get(Mailer);

      await Promise.all([mailer.deliver({ messageIds: ids }), mailer.deliver({ messageIds: ids })]);

      for (const address of addresses) expect(receivedBy(address)).toBe(1);
      const rows = await rowsOf(ids);
      expect(rows.every((row) => row.status === 'sent' && row.claimed_until === null)).toBe(true);
    });

    it('records a refused message, sends the rest, and the retry sends only the refused one', async () => {
      const ids = await store(['goed1@batch.test', 'vol@batch.test', 'goed2@batch.test']);
      const mailer = ctx.app.get(Mailer);
      refused.add('vol@batch.test');

      await expect(mailer.deliver({ messageIds: ids })).rejects.toThrow(
        '1 of 3 messages were not delivered',
      );
      expect(await rowsOf(ids)).toMatchObject([
        { recipient: 'goed1@batch.test', status: 'sent', attempts: 0 },
        { recipient: 'goed2@batch.test', status: 'sent', attempts: 0 },
        { recipient: 'vol@batch.test', status: 'queued', attempts: 1, claimed_until: null },
      ]);
      expect((await rowsOf(ids))[2].last_error).toContain('mailbox tijdelijk vol');

      refused.clear();
      await mailer.deliver({ messageIds: ids });
      expect(receivedBy('goed1@batch.test')).toBe(1);
      expect(receivedBy('vol@batch.test')).toBe(1);
      expect((await rowsOf(ids))[2]).toMatchObject({ status: 'sent', last_error: null });
    });

    it('leaves a message held by a job that stopped alone until its claim runs out', async () => {
      const [id] = await store(['vastgehouden@batch.test']);
      const mailer = ctx.app.get(Mailer);
      await ctx.dataSource.query(
        `UPDATE outbox_message SET claimed_until = now() + interval '10 minutes' WHERE id = $1`,
        [id],
      );

      await mailer.deliver({ messageIds: [id] });
      expect(await mailer.redispatchQueued(0)).toBe(0);
      expect(receivedBy('vastgehouden@batch.test')).toBe(0);

      await ctx.dataSource.query(
        `UPDATE outbox_message SET claimed_until = now() - interval '1 second' WHERE id = $1`,
        [id],
      );
      expect(await mailer.redispatchQueued(0)).toBe(1);
      await eventually(() => expect(receivedBy('vastgehouden@batch.test')).toBe(1));
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
