import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { EmailNotificationChoice, NotificationKind } from '@leerruimte/shared-contracts';
import { User } from '@leerruimte/api-identity-data';

/**
 * How someone wants mail about one kind of notification, where it differs from their default
 * (`app_user.email_notifications`). In the app every notification always shows.
 */
@Entity({ name: 'notification_preference' })
@Check('notification_preference_choice', `choice IN ('each', 'daily_digest', 'off')`)
export class NotificationPreference {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  kind: NotificationKind;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: User;

  @Column({ type: 'varchar', length: 16 })
  choice: EmailNotificationChoice;
}

/**
 * The secret in a person's unsubscribe links. Random, so a link cannot be made up; one per
 * person, so every mail can carry it without storing a link per mail.
 */
@Entity({ name: 'unsubscribe_token' })
export class UnsubscribeToken {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: User;

  @Column({ type: 'varchar', length: 64, unique: true })
  token: string;
}
