import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createTransport } from 'nodemailer';
import type { EntityManager, Repository } from 'typeorm';
import { z } from 'zod';
import { APP_CONFIG, type AppConfig } from '@leerruimte/api-core';
import { selectRows } from '../database/rows';
import { type JobPayload, JobHandler } from '../queue/job-handler';
import { JobQueue } from '../queue/job-queue.service';
import { JobName } from '../queue/jobs';
import { OutboxMessage } from './outbox-message.entity';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Extra headers, e.g. List-Unsubscribe; kept with the message in the outbox. */
  headers?: Record<string, string>;
}

/** Sends mail through the outbox: stored first, delivered by a worker job with retries. */
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
        status: this.transport ? 'queued' : 'stored',
      })),
    );
    return identifiers.map((identifier) => identifier.id as string);
  }

  async dispatch(messageIds: string[]): Promise<void> {
    if (!this.transport) return;
    // The message id as job id: the same message is never sent twice.
    await this.jobs.addBulk(
      JobName.MailDeliver,
      messageIds.map((messageId) => ({ payload: { messageId }, options: { jobId: messageId } })),
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
          AND created_at < now() - make_interval(secs => $1)`,
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
      status: this.transport ? 'queued' : 'stored',
    });
    if (this.transport) {
      // The message id as job id: a retried request cannot send the same mail twice.
      await this.jobs.add(JobName.MailDeliver, { messageId: stored.id }, { jobId: stored.id });
    }
    return stored.id;
  }

  @JobHandler(JobName.MailDeliver)
  async deliver({ messageId }: JobPayload<JobName.MailDeliver>): Promise<void> {
    const message = await this.outbox.findOneBy({ id: messageId });
    if (!message || message.status === 'sent' || !this.transport) {
      return;
    }
    try {
      await this.transport.sendMail({
        from: this.config.mail.from,
        to: message.recipient,
        subject: message.subject,
        text: message.text,
        html: message.html,
        ...(message.headers && { headers: message.headers }),
      });
      await this.outbox.update(messageId, { status: 'sent', sentAt: new Date(), lastError: null });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      await this.outbox.update(messageId, {
        attempts: message.attempts + 1,
        lastError: reason.slice(0, 500),
      });
      this.logger.warn({ msg: 'Mail delivery failed; will retry', messageId, reason });
      throw error;
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
