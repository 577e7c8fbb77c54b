import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { Team, User } from '@leerruimte/api-identity-data';
import type { MomentSchedule, PulseStatement } from '@leerruimte/shared-contracts';

export type MomentStatus = 'active' | 'paused' | 'ended';

/**
 * A team leader's reflection moment: a question, for the team or some members, on a schedule.
 * PostgreSQL is the source of truth; BullMQ only drives the time.
 */
@Entity({ name: 'reflection_moment' })
@Index(['teamId', 'createdAt'])
export class ReflectionMoment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  teamId: string;

  @ManyToOne(() => Team, { onDelete: 'CASCADE' })
  @JoinColumn()
  team?: Team;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn()
  createdBy?: User;

  /** A question answered in words, or the anonymous team-learning pulse. */
  @Column({ type: 'varchar', length: 10, default: 'question' })
  kind: 'question' | 'pulse';

  @Column({ type: 'text' })
  question: string;

  @Column({ type: 'varchar', length: 80, nullable: true })
  cardSlug: string | null;

  @Column({ type: 'varchar', length: 80, nullable: true })
  moduleSlug: string | null;

  /**
   * An experiment or why-question of the team's learning board the moment reflects on. Kept
   * without a foreign key: the board is another domain, its items are hidden, never deleted,
   * and both go when the team goes.
   */
  @Column({ type: 'uuid', nullable: true })
  experimentId: string | null;

  @Column({ type: 'uuid', nullable: true })
  whyQuestionId: string | null;

  /**
   * The training this moment follows up (trainings asked for it): one moment per training, so
   * asking again, from two workers at once, plans nothing more. Without a foreign key, as above.
   */
  @Index({ unique: true })
  @Column({ type: 'uuid', nullable: true })
  trainingId: string | null;

  /** Null: everyone in the team when a prompt goes out. */
  @Column({ type: 'uuid', array: true, nullable: true })
  memberIds: string[] | null;

  @Column({ type: 'jsonb' })
  schedule: MomentSchedule;

  @Column({ type: 'int' })
  openDays: number;

  @Column({ type: 'int', array: true })
  reminderDays: number[];

  /** What the privacy guard found in a typed question, and when the lead confirmed it. */
  @Column({ type: 'jsonb', nullable: true })
  privacyFindings: string[] | null;

  @Column({ type: 'timestamptz', nullable: true })
  privacyConfirmedAt: Date | null;

  @Column({ type: 'varchar', length: 10 })
  status: MomentStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** One time a moment's question goes out; unique per planned time, so it happens once. */
@Entity({ name: 'reflection_occurrence' })
// For the reporting rollup, which reads one month of prompts at a time.
@Index(['deliveredAt'])
@Unique(['momentId', 'plannedAt'])
export class ReflectionOccurrence {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  momentId: string;

  @ManyToOne(() => ReflectionMoment, { onDelete: 'CASCADE' })
  @JoinColumn()
  moment?: ReflectionMoment;

  @Column({ type: 'timestamptz' })
  plannedAt: Date;

  @Column({ type: 'timestamptz' })
  deliveredAt: Date;

  @Column({ type: 'timestamptz' })
  closesAt: Date;

  /** The question as it was asked, so editing the moment later does not change the past. */
  @Column({ type: 'text' })
  question: string;
}

/** A prompt to one person on one channel; unique, so a retried or duplicated job sends once. */
@Entity({ name: 'reflection_delivery' })
@Unique(['occurrenceId', 'userId', 'channel'])
@Index(['userId'])
export class ReflectionDelivery {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  occurrenceId: string;

  @ManyToOne(() => ReflectionOccurrence, { onDelete: 'CASCADE' })
  @JoinColumn()
  occurrence?: ReflectionOccurrence;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: User;

  /** "in_app", "email", or "reminder-N" for the Nth reminder. */
  @Column({ type: 'varchar', length: 20 })
  channel: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** A person's answer to a prompt: private unless they share it with their team. */
@Entity({ name: 'reflection_answer' })
@Unique(['occurrenceId', 'userId'])
export class ReflectionAnswer {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  occurrenceId: string;

  @ManyToOne(() => ReflectionOccurrence, { onDelete: 'CASCADE' })
  @JoinColumn()
  occurrence?: ReflectionOccurrence;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: User;

  @Column({ type: 'text' })
  answer: string;

  @Column({ type: 'boolean', default: false })
  shared: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  privacyConfirmedAt: Date | null;

  @Column({ type: 'jsonb', nullable: true })
  privacyFindings: string[] | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/**
 * One person's pulse scores, without the person: who answered is the (empty) reflection
 * answer, what they scored is this row, and nothing links the two.
 */
@Entity({ name: 'pulse_response' })
@Index(['occurrenceId'])
export class PulseResponse {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  occurrenceId: string;

  @ManyToOne(() => ReflectionOccurrence, { onDelete: 'CASCADE' })
  @JoinColumn()
  occurrence?: ReflectionOccurrence;

  @Column({ type: 'jsonb' })
  scores: Record<PulseStatement, number>;
}
