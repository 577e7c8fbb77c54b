import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { User } from '@leerruimte/api-identity-data';
import type { EnrolmentState } from '@leerruimte/shared-contracts';
import { TrainingSession } from '../planning/training.entities';

/**
 * A person's place in a session: one row per person and session, whose state changes (each
 * change is a TrainingEnrolmentEvent). `queuedAt` orders the waiting list.
 */
@Entity({ name: 'training_enrolment' })
@Unique(['sessionId', 'userId'])
@Index(['sessionId', 'state', 'queuedAt'])
@Index(['userId', 'state'])
export class TrainingEnrolment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => TrainingSession, { onDelete: 'CASCADE' })
  @JoinColumn()
  session?: TrainingSession;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: User;

  @Column({ type: 'varchar', length: 20 })
  state: EnrolmentState;

  @Column({ type: 'timestamptz' })
  queuedAt: Date;

  /** Net minutes attended, once attendance is registered; what the leerverslag counts. */
  @Column({ type: 'int', nullable: true })
  attendedMinutes: number | null;

  /** When the day-before reminder went out: at most once per booking. */
  @Column({ type: 'timestamptz', nullable: true })
  remindedAt: Date | null;

  /** How many calendar messages (invitations, cancellations) this booking was sent. */
  @Column({ type: 'int', default: 0 })
  invitationSequence: number;

  /** They filled in the evaluation; what they scored is a TrainingEvaluation, not linked here. */
  @Column({ type: 'boolean', default: false })
  evaluated: boolean;

  /** When they were asked by mail to evaluate the session: at most once per booking. */
  @Column({ type: 'timestamptz', nullable: true })
  evaluationAskedAt: Date | null;

  /** When they checked themselves in with the code shown in the room; null when they did not. */
  @Column({ type: 'timestamptz', nullable: true })
  checkedInAt: Date | null;
}

/** The history of an enrolment: each state it went to, who made the change, and when. */
@Entity({ name: 'training_enrolment_event' })
@Index(['enrolmentId', 'at'])
export class TrainingEnrolmentEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  enrolmentId: string;

  @ManyToOne(() => TrainingEnrolment, { onDelete: 'CASCADE' })
  @JoinColumn()
  enrolment?: TrainingEnrolment;

  @Column({ type: 'varchar', length: 20 })
  state: EnrolmentState;

  /** Null when the system made it (a place freed up: moved up from the waiting list). */
  @Column({ type: 'uuid', nullable: true })
  byId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn()
  by?: User;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;
}
