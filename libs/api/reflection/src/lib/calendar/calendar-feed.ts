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
import { DateTime } from 'luxon';
import {
  APP_CONFIG,
  AgendaSourceName,
  AgendaSourceRegistry,
  type AppConfig,
  notFound,
  trainingSessionUid,
} from '@leerruimte/api-core';
import { User, todayViewer } from '@leerruimte/api-identity-data';
import type { CalendarFeedLink } from '@leerruimte/shared-contracts';
import { appPaths, link } from '@leerruimte/shared-paths';
import { type CalendarEvent, calendar } from './ical';
import { UpcomingMoments } from './upcoming-moments';

const WEEKS_AHEAD = 8;
const EVENT_MINUTES = 15;
const AMSTERDAM = 'Europe/Amsterdam';

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

/**
 * The iCal feed of one person: upcoming reflection moments, and the training sessions they
 * have a place for or wait for (asked of the trainings domain through the agenda's sources).
 */
@Injectable()
export class CalendarFeeds {
  constructor(
    private readonly dataSource: DataSource,
    private readonly upcoming: UpcomingMoments,
    private readonly agenda: AgendaSourceRegistry,
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

  /** The moments and sessions planned for the person, in their teams, for the coming weeks. */
  async render(file: string, now = new Date()): Promise<string> {
    const token = file.replace(/\.ics$/, '');
    const feed = await this.dataSource
      .getRepository(CalendarFeed)
      .findOneBy({ tokenHash: hashOf(token) });
    if (!feed) throw notFound();
    const until = new Date(now.getTime() + WEEKS_AHEAD * 7 * 24 * 3_600_000);
    const events: CalendarEvent[] = (await this.upcoming.forPerson(feed.userId, now, until)).map(
      (moment) => ({
        uid: `${moment.momentId}-${moment.plannedAt.getTime()}@leerruimte`,
        start: moment.at,
        minutes: EVENT_MINUTES,
        summary: `Reflectievraag (${moment.teamName})`,
        description: moment.question,
        url: `${this.config.http.publicUrl}${link(appPaths.prompts)}`,
      }),
    );
    const sessions = await this.agenda.resolve(
      AgendaSourceName.TrainingSessions,
      await todayViewer(this.dataSource, feed.userId),
      {
        from: now,
        until,
        firstDay: DateTime.fromJSDate(now, { zone: AMSTERDAM }).toISODate() as string,
        lastDay: DateTime.fromJSDate(until, { zone: AMSTERDAM }).toISODate() as string,
      },
    );
    for (const session of sessions) {
      const start = new Date(session.at);
      events.push({
        // The same UID as the session's invitation, so a calendar that has both knows them as one.
        uid: trainingSessionUid(session.sessionId, feed.userId, this.config.http.publicUrl),
        start,
        minutes: Math.round((new Date(session.endsAt).getTime() - start.getTime()) / 60_000),
        summary:
          session.state === 'waiting'
            ? `Training (wachtlijst): ${session.title}`
            : `Training: ${session.title}`,
        description: `${session.teamName}. ${session.state === 'waiting' ? 'Je staat op de wachtlijst.' : 'Je bent ingeschreven.'}`,
        location: session.place,
        url: `${this.config.http.publicUrl}${session.link}`,
      });
    }
    return calendar('Leerruimte: reflectiemomenten en trainingen', events, now);
  }
}
