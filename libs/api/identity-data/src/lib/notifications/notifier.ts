import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In, IsNull } from 'typeorm';
import type { NotificationContent, NotificationList } from '@leerruimte/shared-contracts';
import { Notification } from './notification.entity';

const SHOWN = 50;

/** In-app notifications: any domain sends them, the person reads them in the app shell. */
@Injectable()
export class Notifier {
  constructor(private readonly dataSource: DataSource) {}

  /** Pass the caller's transaction manager, so a notification lands with what it is about. */
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
