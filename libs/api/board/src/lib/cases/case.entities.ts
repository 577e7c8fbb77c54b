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
import { searchVectorColumn } from '@leerruimte/api-core';
import { User } from '@leerruimte/api-identity-data';
import type { PracticeTheme, CaseDiscussionMethod } from '@leerruimte/shared-contracts';
import { CASE_SEARCH } from '../search/search-vectors';
import { BoardText } from '../shared/board-text';

/** A pseudonymised practice situation: the anchor for questions, experiments and reflection. */
@Entity({ name: 'team_case' })
@Index(['teamId', 'createdAt'])
export class Case extends BoardText {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  theme: PracticeTheme | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  /** For the search of the team's members. */
  @Index('IDX_team_case_search', { type: 'gin' })
  @Column(searchVectorColumn(CASE_SEARCH))
  searchVector?: string;
}

/** A structured case discussion following a named method; the author is who recorded it. */
@Entity({ name: 'case_discussion' })
@Index(['caseId', 'heldOn'])
export class CaseDiscussion extends BoardText {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  caseId: string;

  @ManyToOne(() => Case, { onDelete: 'CASCADE' })
  @JoinColumn()
  case?: Case;

  @Column({ type: 'varchar', length: 40 })
  method: CaseDiscussionMethod;

  @Column({ type: 'date' })
  heldOn: string;

  @Column({ type: 'jsonb' })
  steps: Array<{ step: string; notes: string }>;

  @Column({ type: 'text' })
  outcome: string;

  /** How long it took, when it was held as intervisie (then it counts as reflection time). */
  @Column({ type: 'int', nullable: true })
  minutes: number | null;
}

/** Who took part in a case discussion held as intervisie. */
@Entity({ name: 'case_discussion_participant' })
@Index(['userId'])
export class CaseDiscussionParticipant {
  @PrimaryColumn({ type: 'uuid' })
  discussionId: string;

  @ManyToOne(() => CaseDiscussion, { onDelete: 'CASCADE' })
  @JoinColumn()
  discussion?: CaseDiscussion;

  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: User;
}
