import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A municipality, welfare organisation or cooperative: owner of teams, the reporting unit. */
@Entity()
export class Organisation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** Figures from fewer people than this are suppressed in reports (never below 3). */
  @Column({ type: 'smallint', default: 5 })
  minimumGroupSize: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
