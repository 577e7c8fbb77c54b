import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { DataSource, type EntityManager, In, IsNull } from 'typeorm';
import { APP_CONFIG, type AppConfig, Mailer, REDIS, paragraphMail } from '@leerruimte/api-core';
import {
  type Locale,
  type NotificationContent,
  type NotificationList,
  notificationPath,
  notificationText,
} from '@leerruimte/shared-contracts';
import { Notification } from './notification.entity';

const SHOWN = 50;

/** The Redis channel on which every process announces new notifications (user ids as JSON). */
export function notificationsChannel(config: AppConfig): string {
  return `${config.redis.keyPrefix}:notifications`;
}

/** In-app notifications: any domain sends them, the person reads them in the app shell. */
@Injectable()
export class Notifier {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mailer: Mailer,
  ) {}

  /**
   * Stores a notification for each person. Pass the caller's transaction manager, so it lands
   * with what it is about, and call `announce` once that transaction has committed.
   */
  async notify(
    userIds: string[],
    content: NotificationContent,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    if (userIds.length === 0) return;
    await manager.insert(
      Notification,
      userIds.map((userId) => ({ userId, content })),
    );
  }

  /** Tells every API process that these people have news, so their open apps update live. */
  async announce(userIds: string[]): Promise<void> {
    if (userIds.length === 0) return;
    try {
      await this.redis.publish(notificationsChannel(this.config), JSON.stringify(userIds));
    } catch {
      // Live updates are a convenience: the app also refreshes on navigation and on a timer.
    }
  }

  /**
   * A short mail about a notification, to those of these people who want a mail per message
   * (the others get it in their daily digest, or not at all). Call after the commit.
   */
  async mailEach(userIds: string[], content: NotificationContent): Promise<void> {
    if (userIds.length === 0) return;
    const people: Array<{ email: string; name: string; locale: Locale }> =
      await this.dataSource.query(
        `SELECT email, name, locale FROM app_user
          WHERE id = ANY($1::uuid[]) AND email_notifications = 'each'`,
        [userIds],
      );
    const url = `${this.config.http.publicUrl}${notificationPath(content)}`;
    for (const person of people) {
      const nl = person.locale === 'nl';
      const line = notificationText(content, person.locale);
      await this.mailer.send(
        paragraphMail({
          to: person.email,
          subject: line.length > 120 ? `${line.slice(0, 117)}...` : line,
          paragraphs: [nl ? `Hallo ${person.name},` : `Hello ${person.name},`, line, url],
          link: { url, label: nl ? 'Bekijk het in Leerruimte' : 'See it in Leerruimte' },
        }),
      );
    }
  }

  async list(userId: string): Promise<NotificationList> {
    const repository = this.dataSource.getRepository(Notification);
    const [notifications, unread] = await Promise.all([
      repository.find({ where: { userId }, order: { createdAt: 'DESC' }, take: SHOWN }),
      repository.countBy({ userId, readAt: IsNull() }),
    ]);
    return {
      unread,
      notifications: notifications.map((notification) => ({
        id: notification.id,
        createdAt: notification.createdAt.toISOString(),
        readAt: notification.readAt?.toISOString() ?? null,
        content: notification.content,
      })),
    };
  }

  /** Only the person's own notifications change, whatever ids are sent. */
  async markRead(userId: string, ids?: string[], now = new Date()): Promise<void> {
    await this.dataSource
      .getRepository(Notification)
      .update({ userId, readAt: IsNull(), ...(ids && { id: In(ids) }) }, { readAt: now });
  }
}
