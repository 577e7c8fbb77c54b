import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@leerruimte/api-core';
import { Mailer } from '@leerruimte/api-infrastructure';
import { NotificationMails } from '@leerruimte/api-notifications';
import { deliverByMail } from './delivery.queries';
import { promptMail } from './prompt-mail';
import { appPaths, link } from '@leerruimte/shared-paths';

interface PromptToMail {
  occurrenceId: string;
  /** The delivery channel: `email`, or `email-reminder-<n>` for the nth reminder. */
  channel: string;
  recipients: string[];
  question: string;
  teamName: string;
  reminder?: boolean;
}

/**
 * The mails of a reflection prompt: one per member who wants a mail per message of this kind,
 * each with its one-click unsubscribe.
 */
@Injectable()
export class PromptMails {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
    private readonly mails: NotificationMails,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * A mail to each recipient who wants a mail per message and has none yet for this channel.
   * The email delivery rows and the outbox messages are written in one transaction, so a job
   * that stops half-way and runs again mails each person once; the messages go to the queue
   * after it.
   */
  async send(prompt: PromptToMail): Promise<void> {
    if (prompt.recipients.length === 0) return;
    const messageIds = await this.dataSource.transaction((manager) => this.store(manager, prompt));
    await this.mailer.dispatch(messageIds);
  }

  /**
   * Within the caller's transaction: the email delivery rows and the outbox messages of one
   * prompt (or reminder), for who wants a mail per message and was not mailed yet. Returns the
   * messages to dispatch once the transaction committed.
   */
  async store(manager: EntityManager, prompt: PromptToMail): Promise<string[]> {
    const wanting = await this.mails.wantingMail(prompt.recipients, 'reflection_prompt', manager);
    const newly = new Set(
      await deliverByMail(
        manager,
        prompt.occurrenceId,
        wanting.map((person) => person.id),
        prompt.channel,
      ),
    );
    const people = wanting.filter((person) => newly.has(person.id));
    const unsubscribes = await this.mails.unsubscribeFor(people, 'reflection_prompt', manager);
    return this.mailer.store(
      people.map((person) =>
        promptMail(person.locale, {
          to: person.email,
          name: person.name,
          teamName: prompt.teamName,
          question: prompt.question,
          // Straight to this question: after logging in, it is one tap from the answer.
          link: `${this.config.http.publicUrl}${link(appPaths.prompt, { occurrenceId: prompt.occurrenceId })}`,
          reminder: prompt.reminder ?? false,
          unsubscribe: unsubscribes.get(person.id),
        }),
      ),
      manager,
    );
  }
}
