import {
  Column,
  CreateDateColumn,
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
import type { PracticeTheme, WhyQuestionStatus } from '@leerruimte/shared-contracts';
import { Case } from '../cases/case.entities';
import { WHY_QUESTION_SEARCH } from '../search/search-vectors';
import { BoardText } from '../shared/board-text';

/** A why-question about the team's own practice; `parentId` makes a "vijf keer waarom" chain. */
@Entity({ name: 'why_question' })
@Index(['teamId', 'status'])
export class WhyQuestion extends BoardText {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  question: string;

  @Column({ type: 'varchar', length: 20 })
  theme: PracticeTheme;

  @Column({ type: 'varchar', length: 20, default: 'open' })
  status: WhyQuestionStatus;

  @Column({ type: 'uuid', nullable: true })
  caseId: string | null;

  @ManyToOne(() => Case, { onDelete: 'SET NULL' })
  @JoinColumn()
  case?: Case;

  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => WhyQuestion, { onDelete: 'CASCADE' })
  @JoinColumn()
  parent?: WhyQuestion;

  @Column({ type: 'int', default: 1 })
  depth: number;

  @Column({ type: 'timestamptz', nullable: true })
  onAgendaAt: Date | null;

  @Column({ type: 'text', nullable: true })
  conclusion: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  discussedAt: Date | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  /** For the search of the team's members: the question and its conclusion. */
  @Index('IDX_why_question_search', { type: 'gin' })
  @Column(searchVectorColumn(WHY_QUESTION_SEARCH))
  searchVector?: string;
}

@Entity({ name: 'why_answer' })
@Index(['questionId', 'createdAt'])
export class WhyAnswer extends BoardText {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  questionId: string;

  // Named: the relation's own column would be why_question_id, a second column nobody fills.
  @ManyToOne(() => WhyQuestion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'question_id' })
  whyQuestion?: WhyQuestion;

  @Column({ type: 'text' })
  text: string;
}

/** One vote per member per question: the primary key says so. */
@Entity({ name: 'why_vote' })
export class WhyVote {
  @PrimaryColumn({ type: 'uuid' })
  questionId: string;

  @ManyToOne(() => WhyQuestion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'question_id' })
  whyQuestion?: WhyQuestion;

  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: User;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
