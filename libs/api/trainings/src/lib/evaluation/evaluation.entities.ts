import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { EvaluationStatement } from '@leerruimte/shared-contracts';
import { TrainingSession } from '../planning/training.entities';

/**
 * One participant's evaluation scores, without the participant: who evaluated is a flag on
 * their enrolment, what they scored is this row, and nothing links the two (no person, no time).
 */
@Entity({ name: 'training_evaluation' })
@Index(['sessionId'])
export class TrainingEvaluation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => TrainingSession, { onDelete: 'CASCADE' })
  @JoinColumn()
  session?: TrainingSession;

  @Column({ type: 'jsonb' })
  scores: Record<EvaluationStatement, number>;
}
