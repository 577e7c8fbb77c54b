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
import type { CalendarFeedLink } from '@leerruimte/shared-contracts';
import { appPaths, link } from '@leerruimte/shared-paths';
import { calendar } from './ical';
import { UpcomingMoments } from './upcoming-moments';

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
    private readonly upcoming: UpcomingMoments,
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
    const until = new Date(now.getTime() + WEEKS_AHEAD * 7 * 24 * 3_600_000);
    const events = (await this.upcoming.forPerson(feed.userId, now, until)).map((moment) => ({
      uid: `${moment.momentId}-${moment.plannedAt.getTime()}@leerruimte`,
      start: moment.at,
      minutes: EVENT_MINUTES,
      summary: `Reflectievraag (${moment.teamName})`,
      description: moment.question,
      url: `${this.config.http.publicUrl}${link(appPaths.prompts)}`,
    }));
    return calendar('Leerruimte: reflectiemomenten', events, now);
  }
}
