import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { searchVectorColumn } from '@leerruimte/api-core';
import { User } from '@leerruimte/api-identity-data';
import { LearningModule, Lesson } from '../catalogue/catalogue.entities';
import { JOURNAL_SEARCH } from '../search/search-vectors';

/** A person following a module: started on their own or through an assignment. */
@Entity({ name: 'module_enrolment' })
// Time indexes for the reporting rollup, which reads one month at a time.
@Index(['startedAt'])
@Index(['completedAt'])
export class ModuleEnrolment {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @PrimaryColumn({ type: 'uuid' })
  moduleId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: User;

  @ManyToOne(() => LearningModule, { onDelete: 'CASCADE' })
  @JoinColumn()
  module?: LearningModule;

  @Column({ type: 'timestamptz' })
  startedAt: Date;

  /** The lesson opened last: where "verder waar je was" continues. */
  @Column({ type: 'uuid', nullable: true })
  lastLessonId: string | null;

  @Column({ type: 'timestamptz' })
  lastOpenedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;
}

@Entity({ name: 'lesson_completion' })
@Index(['completedAt'])
export class LessonCompletion {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @PrimaryColumn({ type: 'uuid' })
  lessonId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: User;

  @ManyToOne(() => Lesson, { onDelete: 'CASCADE' })
  @JoinColumn()
  lesson?: Lesson;

  @Column({ type: 'timestamptz' })
  completedAt: Date;
}

/** An answer to a lesson's reflection question: the learner's journal, private unless shared. */
@Entity({ name: 'journal_entry' })
@Unique(['userId', 'lessonId', 'blockId'])
@Index(['userId', 'updatedAt'])
export class JournalEntry {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: User;

  @Column({ type: 'uuid' })
  lessonId: string;

  @ManyToOne(() => Lesson, { onDelete: 'CASCADE' })
  @JoinColumn()
  lesson?: Lesson;

  @Column({ type: 'varchar', length: 80 })
  blockId: string;

  @Column({ type: 'text' })
  answer: string;

  /**
   * When the author confirmed that what the privacy guard found is not client data, and what it
   * found (the kinds, not the fragments); null when nothing was found.
   */
  @Column({ type: 'timestamptz', nullable: true })
  privacyConfirmedAt: Date | null;

  @Column({ type: 'jsonb', nullable: true })
  privacyFindings: string[] | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  /** For the person's own search. */
  @Index('IDX_journal_entry_search', { type: 'gin' })
  @Column(searchVectorColumn(JOURNAL_SEARCH))
  searchVector?: string;
}

/** The last answer to a knowledge check; it can be tried again. */
@Entity({ name: 'check_answer' })
export class CheckAnswer {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @PrimaryColumn({ type: 'uuid' })
  lessonId: string;

  @PrimaryColumn({ type: 'varchar', length: 80 })
  blockId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: User;

  @ManyToOne(() => Lesson, { onDelete: 'CASCADE' })
  @JoinColumn()
  lesson?: Lesson;

  @Column({ type: 'int' })
  optionIndex: number;

  @Column({ type: 'boolean' })
  correct: boolean;

  @Column({ type: 'timestamptz' })
  answeredAt: Date;
}

/** A completed self-assessment; every attempt is kept, so a learner sees change over time. */
@Entity({ name: 'self_assessment_result' })
@Index(['userId', 'lessonId', 'blockId', 'takenAt'])
export class SelfAssessmentResult {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: User;

  @Column({ type: 'uuid' })
  lessonId: string;

  @ManyToOne(() => Lesson, { onDelete: 'CASCADE' })
  @JoinColumn()
  lesson?: Lesson;

  @Column({ type: 'varchar', length: 80 })
  blockId: string;

  /** The score (1 to 5) per statement id. */
  @Column({ type: 'jsonb' })
  scores: Record<string, number>;

  /** The average per dimension, kept with the names the content had at the time. */
  @Column({ type: 'jsonb' })
  dimensions: Array<{ id: string; name: string; average: number }>;

  @Column({ type: 'timestamptz' })
  takenAt: Date;
}

/**
 * Half a minute of active reading: the reader's heartbeat while its tab is visible and the
 * learner did something in the last two minutes. One row per person per half minute, whichever
 * lesson, tab or device sent it first, so time is never counted twice.
 */
@Entity({ name: 'learning_time_slot' })
@Index(['userId', 'lessonId'])
export class LearningTimeSlot {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @PrimaryColumn({ type: 'timestamptz' })
  slotStart: Date;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: User;

  @Column({ type: 'uuid' })
  lessonId: string;

  @ManyToOne(() => Lesson, { onDelete: 'CASCADE' })
  @JoinColumn()
  lesson?: Lesson;

  /** One opening of the lesson in one tab: the reader makes it, so visits can be told apart. */
  @Column({ type: 'uuid' })
  visitId: string;
}

/** One try at a module's closing test: every try is kept, with the content version it was. */
@Entity({ name: 'closing_test_attempt' })
@Index(['userId', 'moduleId', 'takenAt'])
export class ClosingTestAttempt {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: User;

  @Column({ type: 'uuid' })
  moduleId: string;

  @ManyToOne(() => LearningModule, { onDelete: 'CASCADE' })
  @JoinColumn()
  module?: LearningModule;

  @Column({ type: 'int' })
  moduleVersion: number;

  /** The chosen option per question id, as an index into the content's order. */
  @Column({ type: 'jsonb' })
  answers: Record<string, number>;

  @Column({ type: 'int' })
  correctCount: number;

  @Column({ type: 'int' })
  questionCount: number;

  @Column({ type: 'int' })
  scorePercent: number;

  @Column({ type: 'boolean' })
  passed: boolean;

  @Column({ type: 'timestamptz' })
  takenAt: Date;
}
