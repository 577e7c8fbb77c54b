import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Organisation, Team, User } from '@leerruimte/api-identity-data';
import type { ReportExport } from '@leerruimte/shared-contracts';

/** A report file asked for by an organisation admin (or a team lead: `scopeTeamId`). */
@Entity({ name: 'report_export' })
@Index(['organisationId', 'createdAt'])
export class ReportExportRow {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn()
  organisation?: Organisation;

  /** Set for a team lead's export: only this team, without the organisation as a whole. */
  @Column({ type: 'uuid', nullable: true })
  scopeTeamId: string | null;

  @ManyToOne(() => Team, { onDelete: 'CASCADE' })
  @JoinColumn()
  scopeTeam?: Team;

  @Column({ type: 'uuid', nullable: true })
  requestedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn()
  requestedBy?: User;

  @Column({ type: 'varchar', length: 4 })
  format: ReportExport['format'];

  @Column({ type: 'varchar', length: 7 })
  periodFrom: string;

  @Column({ type: 'varchar', length: 7 })
  periodTo: string;

  /** The one team the admin chose, if any. */
  @Column({ type: 'uuid', nullable: true })
  teamId: string | null;

  @Column({ type: 'varchar', length: 2 })
  locale: 'nl' | 'en';

  @Column({ type: 'varchar', length: 10, default: 'queued' })
  status: ReportExport['status'];

  @Column({ type: 'int', default: 0 })
  progress: number;

  /** Loaded only for the download, not with every look at the progress. */
  @Column({ type: 'bytea', nullable: true, select: false })
  content: Buffer | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
