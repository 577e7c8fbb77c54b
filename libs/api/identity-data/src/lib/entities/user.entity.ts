import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type {
  AccreditationRegister,
  EmailNotificationChoice,
  Locale,
} from '@leerruimte/shared-contracts';
import { Team } from './team.entity';

/** A person with a login. Memberships say which teams and organisations they belong to. */
@Entity({ name: 'app_user' })
@Check('email_notifications_choice', `email_notifications IN ('each', 'daily_digest', 'off')`)
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-case, so the unique index is case-insensitive. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /**
   * When the person showed they receive mail at the address (an invitation or password-reset
   * link used). Only then may a sign-in through the organisation's provider link to this account.
   */
  @Column({ type: 'timestamptz', nullable: true })
  emailVerifiedAt: Date | null;

  @Column({ type: 'varchar', length: 200 })
  passwordHash: string;

  @Column({ type: 'varchar', length: 2, default: 'nl' })
  locale: Locale;

  @Column({ type: 'boolean', default: false })
  platformAdmin: boolean;

  /** The team last chosen in the team picker, so the next login starts there. */
  @Column({ type: 'uuid', nullable: true })
  preferredTeamId: string | null;

  @ManyToOne(() => Team, { onDelete: 'SET NULL' })
  @JoinColumn()
  preferredTeam?: Team;

  @Column({ type: 'varchar', length: 16, default: 'each' })
  emailNotifications: EmailNotificationChoice;

  /** The TOTP secret once two-factor authentication is on, sealed (see SecretBox). */
  @Column({ type: 'varchar', length: 200, nullable: true })
  totpSecret: string | null;

  /** A secret being set up, sealed: it replaces totpSecret once a code from the app matched it. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  totpPendingSecret: string | null;

  /** The last 30-second time step a code was accepted for, so a code cannot be used twice. */
  @Column({ type: 'bigint', nullable: true })
  totpLastStep: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  twoFactorEnabledAt: Date | null;

  /** The professional register the person is in, with their number: on their leerverslag. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  register: AccreditationRegister | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  registrationNumber: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
