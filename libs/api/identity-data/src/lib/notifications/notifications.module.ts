import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { identityDataEntities } from '../identity-data-entities';
import { NotificationMails } from './notification-mails';
import { NotificationPreferences } from './notification-preferences';
import { Notifier } from './notifier';

/** Sending notifications, in the app and by mail; every domain that notifies imports it. */
@Module({
  imports: [TypeOrmModule.forFeature(identityDataEntities)],
  providers: [Notifier, NotificationMails, NotificationPreferences],
  exports: [Notifier, NotificationMails, NotificationPreferences],
})
export class NotificationsModule {}
