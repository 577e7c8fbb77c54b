import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createTransport } from 'nodemailer';
import type { Repository } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { JobHandler } from '../queue/job-handler';
import { JobQueue } from '../queue/job-queue.service';
import { JobName } from '../queue/jobs';
import { OutboxMessage } from './outbox-message.entity';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** Sends mail through the outbox: stored first, delivered by a worker job with retries. */
@Injectable()
export class Mailer {
  private readonly logger = new Logger(Mailer.name);
  private readonly transport;

  constructor(
    @InjectRepository(OutboxMessage) private readonly outbox: Repository<OutboxMessage>,
    private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.transport = config.mail.smtpUrl ? createTransport(config.mail.smtpUrl) : undefined;
  }

  async send(message: MailMessage): Promise<string> {
    const stored = await this.outbox.save({
      recipient: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html,
      status: this.transport ? 'queued' : 'stored',
    });
    if (this.transport) {
      // The message id as job id: a retried request cannot send the same mail twice.
      await this.jobs.add(JobName.MailDeliver, { messageId: stored.id }, { jobId: stored.id });
    }
    return stored.id;
  }

  @JobHandler(JobName.MailDeliver)
  async deliver({ messageId }: { messageId: string }): Promise<void> {
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

  /** The latest messages, newest first, for the platform admin's outbox page. */
  latest(limit = 100): Promise<OutboxMessage[]> {
    return this.outbox.find({ order: { createdAt: 'DESC' }, take: limit });
  }
}
