import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type {
  PeopleImportMode,
  PeopleImportProblem,
  PeopleImportRow as PeopleImportRowView,
  PeopleImportRowStatus,
  TeamRole,
} from '@leerruimte/shared-contracts';
import { Organisation } from '@leerruimte/api-identity-data';

/** An uploaded list of people, previewed and then imported by the worker. */
@Entity()
@Index(['organisationId'])
export class PeopleImport {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn()
  organisation?: Organisation;

  @Column({ type: 'uuid' })
  createdById: string;

  @Column({ type: 'varchar', length: 200 })
  fileName: string;

  @Column({ type: 'varchar', length: 16, default: 'previewed' })
  status: 'previewed' | 'running' | 'imported' | 'failed';

  @Column({ type: 'varchar', length: 16, nullable: true })
  mode: PeopleImportMode | null;

  /** Rows handled so far by the worker. */
  @Column({ type: 'integer', default: 0 })
  processed: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}

/** One line of an import: what the file said, what it means now, and what was done. */
@Entity()
export class PeopleImportRow {
  @PrimaryColumn({ type: 'uuid' })
  importId: string;

  @ManyToOne(() => PeopleImport, { onDelete: 'CASCADE' })
  @JoinColumn()
  import?: PeopleImport;

  @PrimaryColumn({ type: 'integer' })
  line: number;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** Normalised (trimmed, lower-case) when it is an address. */
  @Column({ type: 'varchar', length: 320 })
  email: string;

  @Column({ type: 'varchar', length: 200 })
  team: string;

  @Column({ type: 'uuid', nullable: true })
  teamId: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  role: TeamRole | null;

  @Column({ type: 'varchar', length: 16 })
  status: PeopleImportRowStatus;

  @Column({ type: 'jsonb', default: [] })
  problems: PeopleImportProblem[];

  @Column({ type: 'integer', nullable: true })
  duplicateOf: number | null;

  @Column({ type: 'boolean', default: false })
  existingAccount: boolean;

  @Column({ type: 'boolean', default: false })
  skipped: boolean;

  @Column({ type: 'varchar', length: 16, nullable: true })
  outcome: PeopleImportRowView['outcome'];

  /** The invitation the import made, to be mailed in the separate step. */
  @Column({ type: 'uuid', nullable: true })
  invitationId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  invitationSentAt: Date | null;
}
