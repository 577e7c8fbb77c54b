import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { AccreditationRegister, CertificateStatus } from '@leerruimte/shared-contracts';
import { Organisation, User } from '@leerruimte/api-identity-data';
import { LearningModule } from '../catalogue/catalogue.entities';

/** PostgreSQL returns numeric as text. */
export const decimal = {
  to: (value: number | null) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/**
 * An organisation's accreditation of a module for a register: number and points, which its
 * members' certificates then carry.
 */
@Entity({ name: 'module_accreditation' })
export class ModuleAccreditation {
  @PrimaryColumn({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn()
  organisation?: Organisation;

  @PrimaryColumn({ type: 'uuid' })
  moduleId: string;

  @ManyToOne(() => LearningModule, { onDelete: 'CASCADE' })
  @JoinColumn()
  module?: LearningModule;

  @Column({ type: 'varchar', length: 40 })
  register: AccreditationRegister;

  @Column({ type: 'varchar', length: 80 })
  accreditationNumber: string;

  @Column({ type: 'numeric', precision: 5, scale: 1, transformer: decimal })
  points: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/**
 * A certificate as it was earned: the holder's name, the module and the figures of that day,
 * copied, never looked up again; its PDF is made once (by the worker) and kept with its hash.
 * A module that leaves the content keeps its certificates (the module column then empties).
 */
@Entity({ name: 'certificate' })
@Index(['userId', 'issuedAt'])
export class Certificate {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: User;

  @Column({ type: 'uuid', nullable: true })
  moduleId: string | null;

  @ManyToOne(() => LearningModule, { onDelete: 'SET NULL' })
  @JoinColumn()
  module?: LearningModule;

  /** The code in the verification address: 128 random bits, base64url. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 43 })
  verificationCode: string;

  @Column({ type: 'varchar', length: 200 })
  holderName: string;

  @Column({ type: 'varchar', length: 120 })
  moduleTitle: string;

  @Column({ type: 'varchar', length: 80 })
  moduleSlug: string;

  @Column({ type: 'int' })
  moduleVersion: number;

  @Column({ type: 'int' })
  studyLoadMinutes: number;

  /** When the module was completed: the day its closing test was passed. */
  @Column({ type: 'timestamptz' })
  completedAt: Date;

  @Column({ type: 'timestamptz' })
  issuedAt: Date;

  @Column({ type: 'int', nullable: true })
  scorePercent: number | null;

  /** The accreditation the holder's organisation recorded for the module, as it was then. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  register: AccreditationRegister | null;

  @Column({ type: 'varchar', length: 80, nullable: true })
  accreditationNumber: string | null;

  @Column({ type: 'numeric', precision: 5, scale: 1, nullable: true, transformer: decimal })
  points: number | null;

  @Column({ type: 'varchar', length: 16, default: 'valid' })
  status: CertificateStatus;

  @Column({ type: 'text', nullable: true })
  statusReason: string | null;

  /** The re-issue that replaced this one (after a name correction). */
  @Column({ type: 'uuid', nullable: true })
  replacedById: string | null;

  @Column({ type: 'bytea', nullable: true, select: false })
  pdf: Buffer | null;

  /** SHA-256 of the stored PDF, hex; null until the worker made it. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  pdfSha256: string | null;
}
