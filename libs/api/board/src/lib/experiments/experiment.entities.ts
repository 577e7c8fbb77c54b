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
import type { PracticeTheme, ExperimentStatus } from '@leerruimte/shared-contracts';
import { Case } from '../cases/case.entities';
import { EXPERIMENT_SEARCH } from '../search/search-vectors';
import { BoardText } from '../shared/board-text';
import { WhyQuestion } from '../why-questions/why-question.entities';

/**
 * A small, deliberate try-out with an intended effect, from idea to decision. Found by its
 * why-question for every question the board shows, so that has an index of its own.
 */
@Entity({ name: 'experiment' })
@Index(['teamId', 'status'])
@Index(['whyQuestionId', 'createdAt'])
export class Experiment extends BoardText {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  theme: PracticeTheme | null;

  @Column({ type: 'text' })
  situation: string;

  @Column({ type: 'text' })
  intendedEffect: string;

  @Column({ type: 'text' })
  whatWeTry: string;

  @Column({ type: 'text' })
  prediction: string;

  @Column({ type: 'text' })
  howWeKnow: string;

  @Column({ type: 'varchar', length: 200 })
  measureName: string;

  @Column({ type: 'text' })
  roles: string;

  @Column({ type: 'date', nullable: true })
  startDate: string | null;

  @Column({ type: 'date', nullable: true })
  endDate: string | null;

  @Column({ type: 'varchar', length: 20, default: 'idea' })
  status: ExperimentStatus;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  statusChangedAt: Date;

  @Column({ type: 'uuid', nullable: true })
  whyQuestionId: string | null;

  @ManyToOne(() => WhyQuestion, { onDelete: 'SET NULL' })
  @JoinColumn()
  whyQuestion?: WhyQuestion;

  @Column({ type: 'uuid', nullable: true })
  caseId: string | null;

  @ManyToOne(() => Case, { onDelete: 'SET NULL' })
  @JoinColumn()
  case?: Case;

  @Column({ type: 'uuid', nullable: true })
  previousExperimentId: string | null;

  @ManyToOne(() => Experiment, { onDelete: 'SET NULL' })
  @JoinColumn()
  previousExperiment?: Experiment;

  @Column({ type: 'varchar', length: 10, nullable: true })
  doneAsPlanned: 'yes' | 'partly' | 'no' | null;

  @Column({ type: 'text', nullable: true })
  comparedWithPrediction: string | null;

  @Column({ type: 'text', nullable: true })
  learned: string | null;

  @Column({ type: 'uuid', nullable: true })
  evaluatedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn()
  evaluatedBy?: User;

  @Column({ type: 'timestamptz', nullable: true })
  evaluatedAt: Date | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  /** For the search of the team's members: the plan and what was learned. */
  @Index('IDX_experiment_search', { type: 'gin' })
  @Column(searchVectorColumn(EXPERIMENT_SEARCH))
  searchVector?: string;
}

@Entity({ name: 'experiment_participant' })
export class ExperimentParticipant {
  @PrimaryColumn({ type: 'uuid' })
  experimentId: string;

  @ManyToOne(() => Experiment, { onDelete: 'CASCADE' })
  @JoinColumn()
  experiment?: Experiment;

  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: User;
}

/** A dated observation during an experiment, by any member of the team. */
@Entity({ name: 'experiment_log_entry' })
@Index(['experimentId', 'observedOn'])
export class ExperimentLogEntry extends BoardText {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  experimentId: string;

  @ManyToOne(() => Experiment, { onDelete: 'CASCADE' })
  @JoinColumn()
  experiment?: Experiment;

  @Column({ type: 'date' })
  observedOn: string;

  @Column({ type: 'text' })
  text: string;
}

/** One value of the experiment's measure on a date: the run chart's points. */
@Entity({ name: 'experiment_data_point' })
@Index(['experimentId', 'measuredOn'])
export class ExperimentDataPoint extends BoardText {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  experimentId: string;

  @ManyToOne(() => Experiment, { onDelete: 'CASCADE' })
  @JoinColumn()
  experiment?: Experiment;

  @Column({ type: 'date' })
  measuredOn: string;

  @Column({ type: 'double precision' })
  value: number;

  @Column({ type: 'varchar', length: 500 })
  note: string;
}
