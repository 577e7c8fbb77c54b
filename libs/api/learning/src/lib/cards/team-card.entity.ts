import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { PracticeTheme } from '@leerruimte/shared-contracts';
import { Team, User } from '@leerruimte/api-identity-data';

/**
 * A denk- en doekaartje a team wrote itself. Its slug is unique among all cards, so a
 * reflection moment can ask its question as it asks a library card's.
 */
@Entity({ name: 'team_card' })
@Index(['teamId', 'status'])
export class TeamCard {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  teamId: string;

  @ManyToOne(() => Team, { onDelete: 'CASCADE' })
  @JoinColumn()
  team?: Team;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 80 })
  slug: string;

  @Column({ type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn()
  author?: User;

  @Column({ type: 'varchar', length: 80 })
  title: string;

  @Column({ type: 'text' })
  question: string;

  @Column({ type: 'text', nullable: true })
  task: string | null;

  @Column({ type: 'varchar', length: 20 })
  theme: PracticeTheme;

  @Column({ type: 'jsonb' })
  moments: string[];

  @Column({ type: 'varchar', length: 16 })
  status: 'proposed' | 'approved';

  @Column({ type: 'uuid', nullable: true })
  approvedById: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  approvedAt: Date | null;

  /** What the privacy guard found and the author confirmed is not client data (kinds only). */
  @Column({ type: 'jsonb', nullable: true })
  privacyFindings: string[] | null;

  @Column({ type: 'timestamptz', nullable: true })
  privacyConfirmedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
