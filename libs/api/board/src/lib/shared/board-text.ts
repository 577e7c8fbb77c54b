import { Column, CreateDateColumn, JoinColumn, ManyToOne } from 'typeorm';
import { Team, User } from '@leerruimte/api-identity-data';

/**
 * What every written item of the learning board has: its team, its author, what the privacy
 * guard found and the author confirmed, and the lead's moderation.
 */
export abstract class BoardText {
  @Column({ type: 'uuid' })
  teamId: string;

  @ManyToOne(() => Team, { onDelete: 'CASCADE' })
  @JoinColumn()
  team?: Team;

  @Column({ type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn()
  author?: User;

  /** What the privacy guard found and the author confirmed is not client data. */
  @Column({ type: 'jsonb', nullable: true })
  privacyFindings: string[] | null;

  @Column({ type: 'timestamptz', nullable: true })
  privacyConfirmedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  hiddenAt: Date | null;

  @Column({ type: 'text', nullable: true })
  hiddenReason: string | null;

  @Column({ type: 'uuid', nullable: true })
  hiddenById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn()
  hiddenBy?: User;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
