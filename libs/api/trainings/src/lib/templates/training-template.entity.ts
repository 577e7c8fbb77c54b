import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { ContentTrainingTemplate } from './template-reader';

/**
 * A training from the sources, as imported from content/trainings with the learning content.
 * A template that leaves content/ is marked removed, not deleted: trainings planned from it keep
 * their guides.
 */
@Entity({ name: 'training_template' })
export class TrainingTemplate {
  @PrimaryColumn({ type: 'varchar', length: 80 })
  slug: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'varchar', length: 300 })
  source: string;

  @Column({ type: 'jsonb', nullable: true })
  preparationModule: ContentTrainingTemplate['preparationModule'];

  @Column({ type: 'jsonb' })
  sessions: ContentTrainingTemplate['sessions'];

  @Column({ type: 'jsonb' })
  guides: ContentTrainingTemplate['guides'];

  /** Its position in the list: templates are shown in the order of their folders. */
  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'timestamptz', nullable: true })
  removedAt: Date | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
