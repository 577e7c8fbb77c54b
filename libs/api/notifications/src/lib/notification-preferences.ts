import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  type EmailNotificationChoice,
  type NotificationKind,
  type NotificationPreferences as Preferences,
  type UpdateNotificationPreferencesRequest,
  notificationKinds,
} from '@leerruimte/shared-contracts';

/** A person's mail choice per kind of notification, next to their default for all kinds. */
@Injectable()
export class NotificationPreferences {
  constructor(private readonly dataSource: DataSource) {}

  async of(userId: string): Promise<Preferences> {
    const [[user], rows]: [
      Array<{ email_notifications: EmailNotificationChoice }>,
      Array<{ kind: NotificationKind; choice: EmailNotificationChoice }>,
    ] = await Promise.all([
      this.dataSource.query(`SELECT email_notifications FROM app_user WHERE id = $1`, [userId]),
      this.dataSource.query(`SELECT kind, choice FROM notification_preference WHERE user_id = $1`, [
        userId,
      ]),
    ]);
    const chosen = new Map(rows.map((row) => [row.kind, row.choice]));
    return {
      default: user.email_notifications,
      kinds: Object.fromEntries(
        notificationKinds.map((kind) => [kind, chosen.get(kind) ?? null]),
      ) as Preferences['kinds'],
    };
  }

  /** A choice per kind; null goes back to the default. Other kinds stay as they are. */
  async change(
    userId: string,
    request: UpdateNotificationPreferencesRequest,
  ): Promise<Preferences> {
    const entries = Object.entries(request.kinds) as Array<
      [NotificationKind, EmailNotificationChoice | null]
    >;
    await this.dataSource.transaction(async (manager) => {
      for (const [kind, choice] of entries) {
        await (choice === null
          ? manager.query(`DELETE FROM notification_preference WHERE user_id = $1 AND kind = $2`, [
              userId,
              kind,
            ])
          : manager.query(
              `INSERT INTO notification_preference (user_id, kind, choice) VALUES ($1, $2, $3)
               ON CONFLICT (user_id, kind) DO UPDATE SET choice = EXCLUDED.choice`,
              [userId, kind, choice],
            ));
      }
    });
    return this.of(userId);
  }
}
