import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { User } from '@leerruimte/api-identity-data';

/** A werkbegeleiding meeting as the professional recorded it, for their leerverslag. */
@Entity({ name: 'werkbegeleiding' })
@Index(['userId', 'heldOn'])
@Check('CHK_werkbegeleiding_minutes', '"minutes" BETWEEN 5 AND 600')
export class WerkbegeleidingMeeting {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: User;

  @Column({ type: 'date' })
  heldOn: string;

  @Column({ type: 'int' })
  minutes: number;

  @Column({ type: 'varchar', length: 120 })
  supervisor: string;

  @Column({ type: 'varchar', length: 200, default: '' })
  topic: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
