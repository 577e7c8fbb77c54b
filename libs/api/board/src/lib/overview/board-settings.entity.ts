import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { Team } from '@leerruimte/api-identity-data';

/** A team's choices for its board; a team without a row has the defaults. */
@Entity({ name: 'board_settings' })
export class BoardSettingsRow {
  @PrimaryColumn({ type: 'uuid' })
  teamId: string;

  @OneToOne(() => Team, { onDelete: 'CASCADE' })
  @JoinColumn()
  team?: Team;

  /** Who puts why-questions on the agenda and marks them discussed. */
  @Column({ type: 'varchar', length: 10, default: 'lead' })
  agendaBy: 'lead' | 'members';
}
