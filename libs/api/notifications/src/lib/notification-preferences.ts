import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  type EmailNotificationChoice,
  type NotificationKind,
  type NotificationPreferences as Preferences,
  type UpdateNotificationPreferencesRequest,
  notificationKinds,
} from '@leerruimte/shared-contracts';
import {
  chooseMail,
  defaultMailChoice,
  mailChoicesPerKind,
} from './notification-preferences.queries';

/** A person's mail choice per kind of notification, next to their default for all kinds. */
@Injectable()
export class NotificationPreferences {
  constructor(private readonly dataSource: DataSource) {}

  async of(userId: string): Promise<Preferences> {
    const [defaultChoice, rows] = await Promise.all([
      defaultMailChoice(this.dataSource, userId),
      mailChoicesPerKind(this.dataSource, userId),
    ]);
    const chosen = new Map(rows.map((row) => [row.kind, row.choice]));
    return {
      default: defaultChoice,
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
        await chooseMail(manager, userId, kind, choice);
      }
    });
    return this.of(userId);
  }
}
