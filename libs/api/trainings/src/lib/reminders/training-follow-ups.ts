import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { APP_CONFIG, type AppConfig } from '@leerruimte/api-core';
import {
  JobHandler,
  JobName,
  JobQueue,
  type MailMessage,
  Mailer,
  selectRows,
} from '@leerruimte/api-infrastructure';
import { appPaths, link } from '@leerruimte/shared-paths';
import {
  evaluationRequestMail,
  sessionReminderMail,
  unmarkedAbsenceMail,
} from '../invitations/session-invitation';

/**
 * Every hour from 09:00 to 20:00, every day (a training may be on a Monday): the 09:00 run
 * reminds of tomorrow's sessions; the others remind who booked later that day, and make up for
 * a run missed while no worker ran (or Redis lost its jobs).
 */
export const TRAINING_REMINDER_SCHEDULE = { pattern: '0 9-20 * * *', tz: 'Europe/Amsterdam' };

const reminderRow = z.object({
  email: z.string(),
  name: z.string(),
  locale: z.enum(['nl', 'en']),
  title: z.string(),
  starts_at: z.date(),
  ends_at: z.date(),
  place: z.string(),
  online_url: z.string().nullable(),
  team_id: z.string(),
  team_name: z.string(),
});

const absenceRow = reminderRow.pick({
  email: true,
  name: true,
  locale: true,
  title: true,
  starts_at: true,
  ends_at: true,
  place: true,
  team_id: true,
  team_name: true,
});

const attendedRow = reminderRow.pick({
  email: true,
  name: true,
  locale: true,
  title: true,
  starts_at: true,
  ends_at: true,
  team_id: true,
});

/**
 * What follows a booking after the lead planned it: the reminder the day before, to everyone with
 * a place; after the session, who attended is asked to evaluate it; and a day after it,
 * whoever is still unmarked in its register counts as absent and is told so. PostgreSQL decides "once": a booking is changed in the same statement
 * that picks it, and only the bookings changed by this run get a mail, so a repeated run, two
 * workers or a restart never mail twice. Who waits or cancelled gets neither.
 */
@Injectable()
export class TrainingFollowUps implements OnApplicationBootstrap {
  private readonly logger = new Logger(TrainingFollowUps.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // Upserting by id is idempotent, so every worker replica may do it at start.
    await this.jobs.schedule(
      'training-follow-ups',
      JobName.TrainingFollowUps,
      {},
      TRAINING_REMINDER_SCHEDULE,
    );
  }

  @JobHandler(JobName.TrainingFollowUps)
  async run(): Promise<void> {
    const now = new Date();
    await this.remind(now);
    await this.closeRegisters(now);
    await this.askToEvaluate(now);
  }

  /** Reminds of the sessions on the day after `now` (Amsterdam); returns how many were mailed. */
  async remind(now: Date): Promise<number> {
    const tomorrow = DateTime.fromJSDate(now, { zone: 'Europe/Amsterdam' })
      .plus({ days: 1 })
      .toISODate() as string;
    const mailed = await this.mailEach(
      reminderRow,
      `WITH due AS (
         UPDATE training_enrolment e SET reminded_at = $3
           FROM training_session s
          WHERE s.id = e.session_id AND e.state = 'booked' AND e.reminded_at IS NULL
            AND s.date = $1 AND s.starts_at > $2
          RETURNING e.user_id, e.session_id)
       SELECT u.email, u.name, u.locale, t.title, s.starts_at, s.ends_at, s.place, s.online_url,
              t.team_id, tm.name AS team_name
         FROM due d
         JOIN app_user u ON u.id = d.user_id
         JOIN training_session s ON s.id = d.session_id
         JOIN training t ON t.id = s.training_id
         JOIN team tm ON tm.id = t.team_id`,
      [tomorrow, now, now],
      (row) =>
        sessionReminderMail(row.locale, {
          start: row.starts_at,
          end: row.ends_at,
          title: row.title,
          place: row.place,
          onlineUrl: row.online_url,
          link: this.trainingsLink(row.team_id),
          attendee: { name: row.name, email: row.email },
          teamName: row.team_name,
        }),
    );
    if (mailed > 0) this.logger.log(`Reminded ${mailed} people of tomorrow's training sessions`);
    return mailed;
  }

  /**
   * A day after a session ended, a booking nobody marked becomes "absent without notice", with
   * its event (by nobody: the system), and the person is told; the lead can still correct it.
   */
  async closeRegisters(now: Date): Promise<number> {
    return this.mailEach(
      absenceRow,
      `WITH unmarked AS (
         UPDATE training_enrolment e SET state = 'no_show', attended_minutes = 0
           FROM training_session s
          WHERE s.id = e.session_id AND e.state = 'booked'
            AND s.ends_at < $1::timestamptz - interval '1 day'
          RETURNING e.id, e.user_id, e.session_id),
       recorded AS (
         INSERT INTO training_enrolment_event (enrolment_id, state, by_id)
         SELECT id, 'no_show', NULL FROM unmarked)
       SELECT u.email, u.name, u.locale, t.title, s.starts_at, s.ends_at, s.place, t.team_id,
              tm.name AS team_name
         FROM unmarked d
         JOIN app_user u ON u.id = d.user_id
         JOIN training_session s ON s.id = d.session_id
         JOIN training t ON t.id = s.training_id
         JOIN team tm ON tm.id = t.team_id`,
      [now],
      (row) =>
        unmarkedAbsenceMail(row.locale, {
          start: row.starts_at,
          end: row.ends_at,
          title: row.title,
          place: row.place,
          link: this.trainingsLink(row.team_id),
          attendee: { name: row.name, email: row.email },
          teamName: row.team_name,
        }),
    );
  }

  /**
   * After a session ended, everyone registered as (partly) present who has not evaluated it is
   * asked to, once. Attendance registered later is asked about at the next run, for a week.
   */
  async askToEvaluate(now: Date): Promise<number> {
    return this.mailEach(
      attendedRow,
      `WITH asked AS (
         UPDATE training_enrolment e SET evaluation_asked_at = $1
           FROM training_session s
          WHERE s.id = e.session_id AND e.state IN ('attended', 'partly_attended')
            AND NOT e.evaluated AND e.evaluation_asked_at IS NULL
            AND s.ends_at <= $1 AND s.ends_at > $1::timestamptz - interval '7 days'
          RETURNING e.user_id, e.session_id)
       SELECT u.email, u.name, u.locale, t.title, s.starts_at, s.ends_at, t.team_id
         FROM asked a
         JOIN app_user u ON u.id = a.user_id
         JOIN training_session s ON s.id = a.session_id
         JOIN training t ON t.id = s.training_id`,
      [now],
      (row) =>
        evaluationRequestMail(row.locale, {
          start: row.starts_at,
          end: row.ends_at,
          title: row.title,
          link: this.trainingsLink(row.team_id),
          attendee: { name: row.name, email: row.email },
        }),
    );
  }

  /**
   * Runs a statement that marks the bookings it picks and returns who to mail, stores those
   * mails in the same transaction, then sends them: a booking marked is mailed exactly once.
   */
  private async mailEach<Row extends z.ZodType>(
    row: Row,
    sql: string,
    params: unknown[],
    mail: (row: z.output<Row>) => MailMessage,
  ): Promise<number> {
    const messageIds = await this.dataSource.transaction(async (manager) =>
      this.mailer.store((await selectRows(manager, row, sql, params)).map(mail), manager),
    );
    await this.mailer.dispatch(messageIds);
    return messageIds.length;
  }

  private trainingsLink(teamId: string): string {
    return `${this.config.http.publicUrl}${link(appPaths.trainings, { teamId })}`;
  }
}
