import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';
import type { TeamRole } from '@leerruimte/shared-contracts';
import { Organisation } from './organisation.entity';
import { Team } from './team.entity';
import { User } from './user.entity';

/** A person's place in a team, with their role there. One person can be in several teams. */
@Entity({ name: 'team_membership' })
@Index(['teamId'])
export class TeamMembership {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @PrimaryColumn({ type: 'uuid' })
  teamId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: User;

  @ManyToOne(() => Team, { onDelete: 'CASCADE' })
  @JoinColumn()
  team?: Team;

  @Column({ type: 'varchar', length: 20 })
  role: TeamRole;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** A person who manages an organisation: its teams, members and reports. */
@Entity()
@Index(['organisationId'])
export class OrganisationAdmin {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @PrimaryColumn({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: User;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn()
  organisation?: Organisation;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
