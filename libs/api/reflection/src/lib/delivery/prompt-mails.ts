import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig, Mailer } from '@leerruimte/api-core';
import type { Locale } from '@leerruimte/shared-contracts';
import { promptMail } from './prompt-mail';
import { appPaths, link } from '@leerruimte/shared-paths';

/** The mails of a reflection prompt: one per member who wants a mail per message. */
@Injectable()
export class PromptMails {
  constructor(
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Within the caller's transaction: the email delivery rows and the outbox messages of one
   * prompt (or reminder), for who wants a mail per message and was not mailed yet. Returns the
   * messages to dispatch once the transaction committed.
   */
  async store(
    manager: EntityManager,
    prompt: {
      occurrenceId: string;
      channel: string;
      recipients: string[];
      question: string;
      teamName: string;
      reminder?: boolean;
    },
  ): Promise<string[]> {
    const mailed: Array<{ email: string; name: string; locale: Locale }> = await manager.query(
      `WITH wanting AS (
         SELECT id FROM app_user WHERE id = ANY ($2::uuid[]) AND email_notifications = 'each'
       ), inserted AS (
         INSERT INTO reflection_delivery (occurrence_id, user_id, channel)
         SELECT $1, id, $3 FROM wanting
         ON CONFLICT (occurrence_id, user_id, channel) DO NOTHING
         RETURNING user_id
       )
       SELECT u.email, u.name, u.locale FROM inserted JOIN app_user u ON u.id = inserted.user_id`,
      [prompt.occurrenceId, prompt.recipients, prompt.channel],
    );
    return this.mailer.store(
      mailed.map((person) =>
        promptMail(person.locale, {
          to: person.email,
          name: person.name,
          teamName: prompt.teamName,
          question: prompt.question,
          // Straight to this question: after logging in, it is one tap from the answer.
          link: `${this.config.http.publicUrl}${link(appPaths.prompt, { occurrenceId: prompt.occurrenceId })}`,
          reminder: prompt.reminder ?? false,
        }),
      ),
      manager,
    );
  }
}
