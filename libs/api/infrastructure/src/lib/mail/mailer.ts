import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { createTransport } from 'nodemailer';
import type { EntityManager, Repository } from 'typeorm';
import { z } from 'zod';
import { APP_CONFIG, type AppConfig } from '@leerruimte/api-core';
import { selectRows } from '../database/rows';
import { type JobPayload, JobHandler } from '../queue/job-handler';
import { JobQueue } from '../queue/job-queue.service';
import { JobName } from '../queue/jobs';
import { type MailCalendar, OutboxMessage } from './outbox-message.entity';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Extra headers, e.g. List-Unsubscribe; kept with the message in the outbox. */
  headers?: Record<string, string>;
  /** An invitation or its cancellation: sent as text/calendar beside the text, as calendars expect. */
  calendar?: MailCalendar;
}

/**
 * How many messages one delivery job sends: a fan-out mails thousands at once, and a job, a read
 * and a write per message would cost more than the SMTP conversation itself.
 */
export const MAIL_BATCH_SIZE = 25;

/**
 * How long a delivery job holds the messages it is sending. Another job (a retry, a second
 * dispatch, a second worker) skips them meanwhile; a crashed job's messages are sent on after it.
 * Longer than the slowest batch can take with the transport's timeouts below.
 */
const CLAIM_MINUTES = 15;

const claimedMessage = z.object({
  id: z.string(),
  recipient: z.string(),
  subject: z.string(),
  text: z.string(),
  html: z.string(),
  headers: z.record(z.string(), z.string()).nullable(),
  calendar: z.object({ method: z.enum(['REQUEST', 'CANCEL']), content: z.string() }).nullable(),
});

/** Sends mail through the outbox: stored first, delivered by worker jobs with retries. */
@Injectable()
export class Mailer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(Mailer.name);
  private readonly transport;

  constructor(
    @InjectRepository(OutboxMessage) private readonly outbox: Repository<OutboxMessage>,
    private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    // A pool of connections, as many as jobs run at once: a fan-out mails thousands at a time,
    // and a connection per message would spend most of its time saying hello.
    this.transport = config.mail.smtpUrl
      ? createTransport({
          url: config.mail.smtpUrl,
          pool: true,
          maxConnections: config.worker.concurrency,
          // Bounded, so a batch always ends well within its claim on the messages.
          connectionTimeout: 30_000,
          greetingTimeout: 30_000,
          socketTimeout: 60_000,
        })
      : undefined;
  }

  /**
   * Stores messages in the caller's transaction, so they land with what they are about; call
   * `dispatch` with the ids once it has committed. A crash in between leaves them queued, and
   * `redispatchQueued` (the worker, at start and every few minutes) sends them on.
   */
  async store(messages: MailMessage[], manager: EntityManager): Promise<string[]> {
    if (messages.length === 0) return [];
    const { identifiers } = await manager.insert(
      OutboxMessage,
      messages.map((message) => ({
        recipient: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        headers: message.headers ?? null,
        calendar: message.calendar ?? null,
        status: this.transport ? 'queued' : 'stored',
      })),
    );
    return identifiers.map((identifier) => identifier.id as string);
  }

  /**
   * Hands messages to delivery jobs, a batch each. The job id comes from the batch's messages,
   * so dispatching the same messages again adds nothing; a message in two batches is still sent
   * once, by whichever job claims it first.
   */
  async dispatch(messageIds: string[]): Promise<void> {
    if (!this.transport || messageIds.length === 0) return;
    const batches: string[][] = [];
    for (let start = 0; start < messageIds.length; start += MAIL_BATCH_SIZE) {
      batches.push(messageIds.slice(start, start + MAIL_BATCH_SIZE));
    }
    await this.jobs.addBulk(
      JobName.MailDeliver,
      batches.map((batch) => ({
        payload: { messageIds: batch },
        options: { jobId: `mail-${createHash('sha256').update(batch.join(',')).digest('hex')}` },
      })),
    );
  }

  /**
   * At start, every stored message without a job goes out: mail stored while nothing could hand
   * it to the queue (a crash after the commit, the demo's seeded mail). A message another
   * process is dispatching at this moment is not sent twice: its id is its job id.
   */
  async onApplicationBootstrap(): Promise<void> {
    await this.redispatchQueued(0).catch((error: unknown) =>
      this.logger.warn({ msg: 'Could not send on stored mail at start', err: error }),
    );
  }

  /** Messages stored but never handed to the queue (a crash after the commit) go out now. */
  async redispatchQueued(olderThanMs = 60_000): Promise<number> {
    if (!this.transport) return 0;
    const stranded = await selectRows(
      this.outbox.manager,
      z.object({ id: z.string() }),
      `SELECT id FROM outbox_message
        WHERE status = 'queued' AND attempts = 0
          AND (claimed_until IS NULL OR claimed_until < now())
          AND created_at < now() - make_interval(secs => $1)
        ORDER BY created_at, id`,
      [olderThanMs / 1000],
    );
    await this.dispatch(stranded.map((row) => row.id));
    return stranded.length;
  }

  async send(message: MailMessage): Promise<string> {
    const stored = await this.outbox.save({
      recipient: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html,
      headers: message.headers ?? null,
      calendar: message.calendar ?? null,
      status: this.transport ? 'queued' : 'stored',
    });
    await this.dispatch([stored.id]);
    return stored.id;
  }

  /**
   * Sends a batch: claims the messages still queued and not held by another job, hands them all
   * to the connection pool at once, and records the outcome in two statements. A message that
   * failed makes the job fail, so BullMQ retries it; the retry sends only what was not sent.
   */
  @JobHandler(JobName.MailDeliver)
  async deliver({ messageIds }: JobPayload<JobName.MailDeliver>): Promise<void> {
    const transport = this.transport;
    if (!transport) return;
    const manager = this.outbox.manager;
    const claimed = await selectRows(
      manager,
      claimedMessage,
      `UPDATE outbox_message SET claimed_until = now() + make_interval(mins => $2)
        WHERE id = ANY($1::uuid[]) AND status = 'queued'
          AND (claimed_until IS NULL OR claimed_until < now())
        RETURNING id, recipient, subject, text, html, headers, calendar`,
      [messageIds, CLAIM_MINUTES],
    );
    const outcomes = await Promise.allSettled(
      claimed.map((message) =>
        transport.sendMail({
          from: this.config.mail.from,
          to: message.recipient,
          subject: message.subject,
          text: message.text,
          html: message.html,
          ...(message.headers && { headers: message.headers }),
          // In multipart/alternative as text/calendar with its method, and as an .ics file.
          ...(message.calendar && {
            icalEvent: {
              method: message.calendar.method,
              filename: message.calendar.method === 'CANCEL' ? 'afmelding.ics' : 'uitnodiging.ics',
              content: message.calendar.content,
            },
          }),
        }),
      ),
    );
    const sent = claimed.filter((_, index) => outcomes[index].status === 'fulfilled');
    const failed = claimed.flatMap((message, index) => {
      const outcome = outcomes[index];
      if (outcome.status === 'fulfilled') return [];
      const reason =
        outcome.reason instanceof Error ? outcome.reason.message : String(outcome.reason);
      return [{ id: message.id, reason: reason.slice(0, 500) }];
    });
    if (sent.length > 0) {
      await manager.query(
        `UPDATE outbox_message
            SET status = 'sent', sent_at = now(), last_error = NULL, claimed_until = NULL
          WHERE id = ANY($1::uuid[])`,
        [sent.map((message) => message.id)],
      );
    }
    if (failed.length > 0) {
      await manager.query(
        `UPDATE outbox_message AS message
            SET attempts = message.attempts + 1, last_error = failure.reason, claimed_until = NULL
           FROM unnest($1::uuid[], $2::text[]) AS failure(id, reason)
          WHERE message.id = failure.id`,
        [failed.map((failure) => failure.id), failed.map((failure) => failure.reason)],
      );
      this.logger.warn({
        msg: 'Mail delivery failed; will retry',
        messageIds: failed.map((failure) => failure.id),
        reason: failed[0].reason,
      });
      throw new Error(`${failed.length} of ${claimed.length} messages were not delivered`);
    }
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }

  /** The latest messages, newest first, for the platform admin's outbox page. */
  latest(limit = 100): Promise<OutboxMessage[]> {
    return this.outbox.find({ order: { createdAt: 'DESC' }, take: limit });
  }
}
