import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { User } from '@leerruimte/api-identity-data';

/** How far the daily digest has mailed a person's notifications, so none is mailed twice. */
@Entity({ name: 'notification_digest' })
export class NotificationDigest {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @OneToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: User;

  /** The creation time of the newest notification mailed so far. */
  @Column({ type: 'timestamptz' })
  sentThrough: Date;
}
