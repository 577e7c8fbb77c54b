import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One row per demo seeder that has run, so each runs once per database. */
@Entity()
export class SeedHistory {
  @PrimaryColumn({ type: 'varchar', length: 200, primaryKeyConstraintName: 'PK_seed_history' })
  name: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  appliedAt: Date;
}
