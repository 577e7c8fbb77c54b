import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from './user.entity';

/**
 * A login. Only a hash of the token is stored, so a database leak does not hand out sessions;
 * deleting the row ends the session everywhere.
 */
@Entity({ name: 'user_session' })
@Index(['userId'])
export class UserSession {
  /** SHA-256 of the cookie's token, hex. */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  tokenHash: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: User;

  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  lastSeenAt: Date;

  /** The absolute end of the session, whatever the activity. */
  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip: string | null;

  /** The organisation whose provider this session came through, for signing out there too. */
  @Column({ type: 'uuid', nullable: true })
  ssoOrganisationId: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  userAgent: string | null;
}
