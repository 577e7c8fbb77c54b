import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type OutboxStatus = 'stored' | 'queued' | 'sent' | 'failed';

/** An iCalendar object (RFC 5546) sent with a message, and its method. */
export interface MailCalendar {
  method: 'REQUEST' | 'CANCEL';
  content: string;
}

/**
 * Every e-mail the platform sends. With SMTP configured a worker delivers it ("queued" →
 * "sent"); without, it stays "stored" for platform admins to read, so a demo works offline.
 */
@Entity()
@Index(['createdAt'])
export class OutboxMessage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 254 })
  recipient: string;

  @Column({ type: 'varchar', length: 300 })
  subject: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'text' })
  html: string;

  /** Extra headers, e.g. the one-click unsubscribe of RFC 8058. */
  @Column({ type: 'jsonb', nullable: true })
  headers: Record<string, string> | null;

  /** An iCalendar invitation (METHOD:REQUEST) or cancellation (METHOD:CANCEL) sent with it. */
  @Column({ type: 'jsonb', nullable: true })
  calendar: MailCalendar | null;

  @Column({ type: 'varchar', length: 10 })
  status: OutboxStatus;

  @Column({ type: 'smallint', default: 0 })
  attempts: number;

  @Column({ type: 'varchar', length: 500, nullable: true })
  lastError: string | null;

  /** Until when a delivery job holds the message; another job leaves it alone meanwhile. */
  @Column({ type: 'timestamptz', nullable: true })
  claimedUntil: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}
