import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { DataSource, type EntityManager, In, IsNull } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@leerruimte/api-core';
import { REDIS } from '@leerruimte/api-infrastructure';
import {
  type NotificationContent,
  type NotificationList,
  type NotificationListQuery,
  notificationSubject,
} from '@leerruimte/shared-contracts';
import { BUNDLE_MINUTES, NotificationMails } from './notification-mails';
import { Notification } from './notification.entity';
import { notificationPage, storeNotifications, unreadCount } from './notifier.queries';

/** The Redis channel on which every process announces new notifications (user ids as JSON). */
export function notificationsChannel(config: AppConfig): string {
  return `${config.redis.keyPrefix}:notifications`;
}

/** In-app notifications: any domain sends them, the person reads them in the app. */
@Injectable()
export class Notifier {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mails: NotificationMails,
  ) {}

  /**
   * Stores a notification for each person, or, when they had one about the same item in the
   * last minutes, puts the news into that one (unread again, on top). Pass the caller's
   * transaction manager, so it lands with what it is about, and call `announce` once that
   * transaction has committed.
   */
  async notify(
    userIds: string[],
    content: NotificationContent,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    if (userIds.length === 0) return;
    await storeNotifications(
      manager,
      userIds,
      content,
      notificationSubject(content),
      BUNDLE_MINUTES,
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
   * of its kind, once per bundle (the others get it in their daily digest, or not at all).
   * Call after the commit.
   */
  mailEach(userIds: string[], content: NotificationContent): Promise<void> {
    return this.mails.mailEach(userIds, content);
  }

  /** The person's notifications, newest news first, of one kind or all, a page at a time. */
  async list(
    userId: string,
    query: Partial<NotificationListQuery> = {},
  ): Promise<NotificationList> {
    const limit = query.limit ?? 30;
    const [rows, unread] = await Promise.all([
      notificationPage(this.dataSource, userId, {
        kind: query.kind ?? null,
        before: query.before ?? null,
        limit: limit + 1,
      }),
      unreadCount(this.dataSource, userId),
    ]);
    return {
      unread,
      more: rows.length > limit,
      notifications: rows.slice(0, limit).map((row) => ({
        id: row.id,
        createdAt: row.created_at.toISOString(),
        updatedAt: row.updated_at.toISOString(),
        readAt: row.read_at?.toISOString() ?? null,
        content: row.content,
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
