import {
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
import { LearningModule } from '../catalogue/catalogue.entities';

/** A team leader asking (some of) their team to follow a module, optionally by a date. */
@Entity({ name: 'module_assignment' })
@Index(['teamId', 'createdAt'])
export class ModuleAssignment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  teamId: string;

  @ManyToOne(() => Team, { onDelete: 'CASCADE' })
  @JoinColumn()
  team?: Team;

  @Column({ type: 'uuid' })
  moduleId: string;

  @ManyToOne(() => LearningModule, { onDelete: 'CASCADE' })
  @JoinColumn()
  module?: LearningModule;

  /** Kept when the assigner's account is removed; shown as "voormalig teamlid". */
  @Column({ type: 'uuid', nullable: true })
  assignedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn()
  assignedBy?: User;

  @Column({ type: 'date', nullable: true })
  dueDate: string | null;

  /** Assigned to everyone who was in the team at the time. */
  @Column({ type: 'boolean' })
  wholeTeam: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

@Entity({ name: 'module_assignment_member' })
@Index(['userId'])
export class ModuleAssignmentMember {
  @PrimaryColumn({ type: 'uuid' })
  assignmentId: string;

  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => ModuleAssignment, { onDelete: 'CASCADE' })
  @JoinColumn()
  assignment?: ModuleAssignment;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: User;
}

/**
 * An assignee was reminded that the assignment is due on this date. The key makes it once per
 * person and date however often, or by however many workers, the reminder job runs; a new due
 * date is reminded of anew.
 */
@Entity({ name: 'assignment_reminder' })
@Index(['userId'])
export class AssignmentReminder {
  @PrimaryColumn({ type: 'uuid' })
  assignmentId: string;

  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @PrimaryColumn({ type: 'date' })
  dueDate: string;

  @ManyToOne(() => ModuleAssignment, { onDelete: 'CASCADE' })
  @JoinColumn()
  assignment?: ModuleAssignment;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: User;

  @CreateDateColumn({ type: 'timestamptz' })
  sentAt: Date;
}
