import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { Organisation, User } from '@leerruimte/api-identity-data';

/** An organisation's OpenID Connect provider: at most one per organisation. */
@Entity()
export class SsoConnection {
  @PrimaryColumn({ type: 'uuid' })
  organisationId: string;

  @OneToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn()
  organisation?: Organisation;

  /** The provider's own issuer (for Entra ID the tenant's, never /common or /organizations). */
  @Column({ type: 'varchar', length: 500 })
  issuer: string;

  @Column({ type: 'varchar', length: 200 })
  clientId: string;

  /** Sealed with SecretBox: a copy of the database alone does not give the secret. */
  @Column({ type: 'varchar', length: 2000 })
  clientSecret: string;

  /** Entra ID's directory id: a token whose `tid` differs is refused. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  tenantId: string | null;

  /** No password login for addresses of this organisation's verified domains. */
  @Column({ type: 'boolean', default: false })
  required: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/**
 * An e-mail domain whose people sign in through the organisation's provider. A DNS TXT record
 * with the token proves the organisation owns it; only then may it make SSO required or link
 * existing accounts without a password.
 */
@Entity()
@Index(['organisationId'])
export class SsoDomain {
  /** Lower-case; one organisation per domain. */
  @PrimaryColumn({ type: 'varchar', length: 253 })
  domain: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => SsoConnection, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', referencedColumnName: 'organisationId' })
  connection?: SsoConnection;

  @Column({ type: 'varchar', length: 64 })
  verificationToken: string;

  @Column({ type: 'timestamptz', nullable: true })
  verifiedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/**
 * A person's account at a provider. Keyed on issuer and subject (for Entra ID the object id),
 * never on the address, which can change at the provider.
 */
@Entity()
@Unique(['issuer', 'subject'])
@Index(['userId'])
export class SsoIdentity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: User;

  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn()
  organisation?: Organisation;

  @Column({ type: 'varchar', length: 500 })
  issuer: string;

  @Column({ type: 'varchar', length: 255 })
  subject: string;

  /** The address the provider gave at the last sign-in. */
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  lastSignInAt: Date;
}
