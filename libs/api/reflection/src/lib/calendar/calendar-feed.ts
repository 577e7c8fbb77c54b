import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import {
  Column,
  CreateDateColumn,
  DataSource,
  Entity,
  Index,
  JoinColumn,
  OneToOne,
  PrimaryColumn,
} from 'typeorm';
import { APP_CONFIG, type AppConfig, notFound } from '@leerruimte/api-core';
import { User } from '@leerruimte/api-identity-data';
import type { CalendarFeedLink, MomentSchedule } from '@leerruimte/shared-contracts';
import { nextOccurrences } from '@leerruimte/shared-schedule';
import { calendar } from './ical';
import { appPaths, link } from '@leerruimte/shared-paths';

const WEEKS_AHEAD = 8;
const EVENT_MINUTES = 15;

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * A person's secret calendar link. Calendar apps cannot log in, so the link is the key; only
 * its hash is stored, and making a new one ends the old.
 */
@Entity({ name: 'calendar_feed' })
export class CalendarFeed {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @OneToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: User;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** The iCal feed of upcoming reflection moments for one person. */
@Injectable()
export class CalendarFeeds {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async exists(userId: string): Promise<boolean> {
    return this.dataSource.getRepository(CalendarFeed).existsBy({ userId });
  }

  async renew(userId: string): Promise<CalendarFeedLink> {
    const token = randomBytes(32).toString('base64url');
    await this.dataSource
      .getRepository(CalendarFeed)
      .upsert({ userId, tokenHash: hashOf(token) }, ['userId']);
    return { url: `${this.config.http.publicUrl}/api/reflection/calendar/${token}.ics` };
  }

  /** The moments planned for the person, in their teams, for the coming weeks. */
  async render(file: string, now = new Date()): Promise<string> {
    const token = file.replace(/\.ics$/, '');
    const feed = await this.dataSource
      .getRepository(CalendarFeed)
      .findOneBy({ tokenHash: hashOf(token) });
    if (!feed) throw notFound();
    const moments: Array<{
      id: string;
      question: string;
      schedule: MomentSchedule;
      team_name: string;
    }> = await this.dataSource.query(
      `SELECT m.id, m.question, m.schedule, t.name AS team_name
         FROM reflection_moment m
         JOIN team t ON t.id = m.team_id
         JOIN team_membership tm ON tm.team_id = m.team_id AND tm.user_id = $1
        WHERE m.status = 'active' AND (m.member_ids IS NULL OR $1 = ANY (m.member_ids))`,
      [feed.userId],
    );
    const until = now.getTime() + WEEKS_AHEAD * 7 * 24 * 3_600_000;
    const events = moments.flatMap((moment) =>
      nextOccurrences(moment.schedule, now, 60)
        .filter((occurrence) => occurrence.deliverAt.getTime() <= until)
        .map((occurrence) => ({
          uid: `${moment.id}-${occurrence.plannedAt.getTime()}@leerruimte`,
          start: occurrence.deliverAt,
          minutes: EVENT_MINUTES,
          summary: `Reflectievraag (${moment.team_name})`,
          description: moment.question,
          url: `${this.config.http.publicUrl}${link(appPaths.prompts)}`,
        })),
    );
    events.sort((a, b) => a.start.getTime() - b.start.getTime());
    return calendar('Leerruimte: reflectiemomenten', events, now);
  }
}
