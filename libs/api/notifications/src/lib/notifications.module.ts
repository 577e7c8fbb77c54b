import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { identityDataEntities } from '@leerruimte/api-identity-data';
import { NotificationDigestJob } from './notification-digest.job';
import { NotificationDigest } from './notification-digest.entity';
import { NotificationMails } from './notification-mails';
import { NotificationPreference, UnsubscribeToken } from './notification-preference.entity';
import { NotificationPreferences } from './notification-preferences';
import { NotificationStream } from './notification-stream';
import { Notification } from './notification.entity';
import { NotificationsController } from './notifications.controller';
import { NotificationsPersonalData } from './notifications-personal-data';
import { Notifier } from './notifier';
import { UnsubscribeController } from './unsubscribe.controller';

/** Every entity of notifications, with the people they point at so relations resolve anywhere. */
export const notificationEntities = [
  ...identityDataEntities,
  Notification,
  NotificationDigest,
  NotificationPreference,
  UnsubscribeToken,
];

/** Sending notifications, in the app and by mail; every domain that notifies imports it. */
@Module({
  imports: [TypeOrmModule.forFeature(notificationEntities)],
  providers: [Notifier, NotificationMails, NotificationPreferences],
  exports: [Notifier, NotificationMails, NotificationPreferences],
})
export class NotificationsModule {}

/** The API's part: the notification centre, its live stream, preferences and unsubscribe. */
@Module({
  imports: [NotificationsModule],
  controllers: [NotificationsController, UnsubscribeController],
  providers: [NotificationStream, NotificationsPersonalData],
})
export class NotificationCentreModule {}

/** The worker's part: the daily digest. */
@Module({
  imports: [NotificationsModule],
  providers: [NotificationDigestJob],
})
export class NotificationsWorkerModule {}
