import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { User } from '@leerruimte/api-identity-data';

/**
 * A learning event as an xAPI statement (actor, verb, object, result, timestamp). Kept in the
 * database always; forwarded to a Learning Record Store when one is configured.
 */
@Entity({ name: 'xapi_statement' })
@Index(['userId', 'timestamp'])
export class XapiStatement {
  /** Also the statement's id in the LRS, so a retried forward cannot store it twice. */
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: User;

  /** The xAPI verb id, e.g. http://adlnet.gov/expapi/verbs/completed. */
  @Column({ type: 'varchar', length: 200 })
  verb: string;

  /** The activity id: the lesson's or module's address in Leerruimte. */
  @Column({ type: 'varchar', length: 500 })
  objectId: string;

  @Column({ type: 'varchar', length: 200 })
  objectType: string;

  @Column({ type: 'varchar', length: 200 })
  objectName: string;

  @Column({ type: 'jsonb', nullable: true })
  result: Record<string, unknown> | null;

  @Column({ type: 'timestamptz' })
  timestamp: Date;

  @Column({ type: 'timestamptz', nullable: true })
  forwardedAt: Date | null;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
