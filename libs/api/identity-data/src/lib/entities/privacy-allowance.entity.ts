import { CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Team } from './team.entity';

/**
 * What a team knows is not client data (its own office address, the municipality's general
 * number, a partner's number): the privacy guard skips it for the team's members.
 */
@Entity({ name: 'team_privacy_allowance' })
export class TeamPrivacyAllowance {
  @PrimaryColumn({ type: 'uuid' })
  teamId: string;

  @PrimaryColumn({ type: 'varchar', length: 200 })
  fragment: string;

  @ManyToOne(() => Team, { onDelete: 'CASCADE' })
  @JoinColumn()
  team?: Team;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
