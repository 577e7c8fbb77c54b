import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  APP_CONFIG,
  type AppConfig,
  JobHandler,
  JobName,
  JobQueue,
  Mailer,
  paragraphMail,
} from '@leerruimte/api-core';
import { NotificationMails, type Recipient } from './notification-mails';
import { type NotificationContent, notificationText } from '@leerruimte/shared-contracts';

/** Late afternoon, after the working day's prompts and before the evening's quiet hours. */
const DIGEST_PATTERN = '0 17 * * *';

/**
 * Once a day, for everyone who chose "één overzicht per dag" for some kind: one mail with those
 * kinds' notifications since the last one. The digest row is locked per person, so two workers
 * mail once.
 */
@Injectable()
export class NotificationDigestJob implements OnApplicationBootstrap {
  private readonly logger = new Logger(NotificationDigestJob.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly mailer: Mailer,
    private readonly mails: NotificationMails,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.schedule(
      'notifications-digest',
      JobName.NotificationDigest,
      {},
      {
        pattern: DIGEST_PATTERN,
        tz: 'Europe/Amsterdam',
      },
    );
  }

  @JobHandler(JobName.NotificationDigest)
  async send(): Promise<void> {
    const people: Array<{ id: string }> = await this.dataSource.query(
      `SELECT u.id FROM app_user u
        WHERE u.email_notifications = 'daily_digest'
           OR EXISTS (SELECT 1 FROM notification_preference p
                       WHERE p.user_id = u.id AND p.choice = 'daily_digest')`,
    );
    let mailed = 0;
    for (const person of people) {
      if (await this.sendTo(person.id)) mailed++;
    }
    if (mailed > 0) this.logger.log(`Daily digest mailed to ${mailed} people`);
  }

  private sendTo(userId: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO notification_digest (user_id, sent_through) VALUES ($1, '-infinity')
         ON CONFLICT (user_id) DO NOTHING`,
        [userId],
      );
      const [digest]: Array<{ sent_through: string }> = await manager.query(
        `SELECT sent_through::text FROM notification_digest WHERE user_id = $1 FOR UPDATE`,
        [userId],
      );
      // Only the kinds this person wants in a digest; the others were mailed one by one, or not.
      const kinds = await this.mails.digestKinds(userId, manager);
      const news: Array<{ id: string; content: NotificationContent }> = await manager.query(
        `SELECT id, content FROM notification
          WHERE user_id = $1 AND created_at > $2 AND content->>'kind' = ANY($3::text[])
          ORDER BY created_at`,
        [userId, digest.sent_through, kinds],
      );
      if (news.length === 0) return false;
      const [person]: Recipient[] = await manager.query(
        `SELECT id, email, name, locale FROM app_user WHERE id = $1`,
        [userId],
      );
      const unsubscribe = (await this.mails.unsubscribeFor([person], 'digest', manager)).get(
        person.id,
      );
      const nl = person.locale === 'nl';
      const link = this.config.http.publicUrl;
      await this.mailer.send(
        paragraphMail({
          to: person.email,
          subject: nl ? 'Je overzicht van vandaag in Leerruimte' : "Today's overview in Leerruimte",
          paragraphs: [
            nl ? `Hallo ${person.name},` : `Hello ${person.name},`,
            nl ? 'Dit is er vandaag voor je gebeurd:' : 'This is what happened for you today:',
            ...news.map((item) => `• ${notificationText(item.content, person.locale)}`),
            link,
          ],
          link: { url: link, label: nl ? 'Naar Leerruimte' : 'Go to Leerruimte' },
          ...unsubscribe,
        }),
      );
      // Taken in SQL: a JavaScript Date would cut the microseconds and mail the last one again.
      await manager.query(
        `UPDATE notification_digest
            SET sent_through = (SELECT max(created_at) FROM notification WHERE id = ANY ($2::uuid[]))
          WHERE user_id = $1`,
        [userId, news.map((item) => item.id)],
      );
      return true;
    });
  }
}
