import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@leerruimte/api-core';
import {
  JobHandler,
  JobName,
  JobQueue,
  Mailer,
  paragraphMail,
} from '@leerruimte/api-infrastructure';
import { NotificationMails } from './notification-mails';
import { notificationText } from '@leerruimte/shared-contracts';
import {
  digestReaders,
  lockDigest,
  markDigestSent,
  notificationsSince,
  recipient,
} from './notification-digest.queries';

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
    let mailed = 0;
    for (const userId of await digestReaders(this.dataSource)) {
      if (await this.sendTo(userId)) mailed++;
    }
    if (mailed > 0) this.logger.log(`Daily digest mailed to ${mailed} people`);
  }

  private sendTo(userId: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const sentThrough = await lockDigest(manager, userId);
      // Only the kinds this person wants in a digest; the others were mailed one by one, or not.
      const kinds = await this.mails.digestKinds(userId, manager);
      const news = await notificationsSince(manager, userId, sentThrough, kinds);
      if (news.length === 0) return false;
      const person = await recipient(manager, userId);
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
      await markDigestSent(
        manager,
        userId,
        news.map((item) => item.id),
      );
      return true;
    });
  }
}
