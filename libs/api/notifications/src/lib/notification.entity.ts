import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { NotificationContent } from '@leerruimte/shared-contracts';
import { User } from '@leerruimte/api-identity-data';

/**
 * An in-app notification for one person; removed with their account. News about one item soon
 * after (see `notificationSubject`) updates the same notification instead of adding one.
 */
@Entity({ name: 'notification' })
@Index(['userId', 'createdAt'])
@Index(['userId', 'subject', 'createdAt'])
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: User;

  @Column({ type: 'jsonb' })
  content: NotificationContent;

  /** The item it is about, e.g. "experiment_status_changed:<id>". */
  @Column({ type: 'varchar', length: 200, default: '' })
  subject: string;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;

  /** When the one mail of this notification went out (or was left out by preference). */
  @Column({ type: 'timestamptz', nullable: true })
  mailedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** The latest news it holds; set by `Notifier.notify` (marking it read does not move it). */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
