import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Team, User } from '@leerruimte/api-identity-data';
import type { AccreditationRegister } from '@leerruimte/shared-contracts';

/** A training, workshop or course day series a team lead planned for the team. */
@Entity({ name: 'training' })
@Index(['teamId', 'createdAt'])
@Check(
  'CHK_training_follow_up',
  '("follow_up_question" IS NULL) = ("follow_up_days" IS NULL) AND "follow_up_days" >= 2',
)
export class Training {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  teamId: string;

  @ManyToOne(() => Team, { onDelete: 'CASCADE' })
  @JoinColumn()
  team?: Team;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'text', array: true })
  trainers: string[];

  @Column({ type: 'varchar', length: 20, nullable: true })
  register: AccreditationRegister | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  accreditationNumber: string | null;

  @Column({ type: 'numeric', precision: 5, scale: 2, nullable: true })
  points: string | null;

  @Column({ type: 'int', default: 48 })
  cancelHoursBefore: number;

  /** Members enrol themselves; when false, only the team lead enrols them. */
  @Column({ type: 'boolean', default: true })
  selfEnrolment: boolean;

  /** A member's own enrolment is a request the lead approves first. */
  @Column({ type: 'boolean', default: false })
  requiresApproval: boolean;

  /** The template it was planned from (content/trainings), whose guides its sessions name. */
  @Column({ type: 'varchar', length: 80, nullable: true })
  templateSlug: string | null;

  /** The module that prepares for it (from its template), as it was named when planned. */
  @Column({ type: 'jsonb', nullable: true })
  preparationModule: { slug: string; title: string } | null;

  /** The module to continue with after the training, as it was named when planned. */
  @Column({ type: 'jsonb', nullable: true })
  followUpModule: { slug: string; title: string } | null;

  /** Asked of who attended, so many days after the last session (reflection delivers it). */
  @Column({ type: 'text', nullable: true })
  followUpQuestion: string | null;

  @Column({ type: 'int', nullable: true })
  followUpDays: number | null;

  /** What the privacy guard found in the follow-up question, and when the lead confirmed it. */
  @Column({ type: 'jsonb', nullable: true })
  followUpPrivacyFindings: string[] | null;

  @Column({ type: 'timestamptz', nullable: true })
  followUpPrivacyConfirmedAt: Date | null;

  /**
   * Planned by an organisation admin for several teams at once: every team's training of that
   * plan has the same id here.
   */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  organisationPlanId: string | null;

  @Column({ type: 'uuid', nullable: true })
  plannedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn()
  plannedBy?: User;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/**
 * A trainer with an account in the team: besides the lead, they keep the register of the
 * training's sessions (attendance, the check-in code, closing it) and see its evaluations.
 */
@Entity({ name: 'training_trainer' })
@Index(['userId'])
export class TrainingTrainer {
  @PrimaryColumn({ type: 'uuid' })
  trainingId: string;

  @ManyToOne(() => Training, { onDelete: 'CASCADE' })
  @JoinColumn()
  training?: Training;

  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: User;
}

/**
 * One meeting of a training. Its date and times are Europe/Amsterdam wall-clock time, as
 * people plan them; `startsAt` and `endsAt` are the instants they mean, for deadlines and
 * order. `booked` counts the booked places, so the check below makes overbooking impossible
 * whatever runs at the same time.
 */
@Entity({ name: 'training_session' })
@Index(['trainingId', 'startsAt'])
@Index(['startsAt'])
@Check('CHK_training_session_booked', '"booked" >= 0 AND "booked" <= "capacity"')
export class TrainingSession {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  trainingId: string;

  @ManyToOne(() => Training, { onDelete: 'CASCADE' })
  @JoinColumn()
  training?: Training;

  @Column({ type: 'date' })
  date: string;

  @Column({ type: 'time' })
  startTime: string;

  @Column({ type: 'time' })
  endTime: string;

  @Column({ type: 'varchar', length: 60, default: 'Europe/Amsterdam' })
  timeZone: string;

  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'int', default: 0 })
  breakMinutes: number;

  @Column({ type: 'varchar', length: 200 })
  place: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  onlineUrl: string | null;

  @Column({ type: 'int' })
  capacity: number;

  @Column({ type: 'int', default: 0 })
  booked: number;

  /** Called off by the team lead: kept, with its enrolments, but nobody comes. */
  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  /**
   * The key of the session's self check-in codes, made when the trainer first shows them: until
   * then nobody can check in. The codes change every minute (see check-in-codes.ts).
   */
  @Column({ type: 'varchar', length: 64, nullable: true })
  checkInSecret: string | null;

  /** The template's trainer guide for this session (a guide's slug), when planned from one. */
  @Column({ type: 'varchar', length: 80, nullable: true })
  guide: string | null;

  /** The register was closed: the attendance that counts for hours no longer changes. */
  @Column({ type: 'timestamptz', nullable: true })
  registerLockedAt: Date | null;
}
