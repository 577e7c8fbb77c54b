import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { JobHandler, JobName, JobQueue, Mailer } from '@leerruimte/api-core';
import { Notifier } from '@leerruimte/api-notifications';
import { type Weekday, nextAllowed, nextOccurrences } from '@leerruimte/shared-schedule';
import { ReflectionMoment } from '../moments/moment.entities';
import { MomentScheduler } from './moment-scheduler';
import { PromptMails } from './prompt-mails';

const RECONCILE_EVERY_MS = 10 * 60_000;

/**
 * The worker's side of reflection moments. An occurrence job creates the occurrence and one
 * delivery per recipient; both are unique in PostgreSQL, so a retried, duplicated or
 * concurrently run job (several workers) delivers once. Then the next occurrence is scheduled.
 */
@Injectable()
export class OccurrenceDelivery implements OnApplicationBootstrap {
  private readonly logger = new Logger(OccurrenceDelivery.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly scheduler: MomentScheduler,
    private readonly jobs: JobQueue,
    private readonly notifier: Notifier,
    private readonly mailer: Mailer,
    private readonly promptMails: PromptMails,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // Upserting by id is idempotent, so every worker replica may do it at start.
    await this.jobs.schedule(
      'reflection-reconcile',
      JobName.ReflectionReconcile,
      {},
      { every: RECONCILE_EVERY_MS },
    );
    // Now too, as a job: if PostgreSQL is briefly unreachable, it is retried, not a failed start.
    await this.jobs.add(
      JobName.ReflectionReconcile,
      {},
      { jobId: `reconcile-start-${Date.now()}` },
    );
  }

  @JobHandler(JobName.ReflectionOccurrence)
  async deliver({ momentId, plannedAt }: { momentId: string; plannedAt: string }): Promise<void> {
    const moment = await this.dataSource
      .getRepository(ReflectionMoment)
      .findOneBy({ id: momentId });
    if (!moment || moment.status !== 'active') return;
    // A job left from before an edit, whose time is no longer in the schedule, does nothing.
    const [expected] = nextOccurrences(moment.schedule, new Date(Date.parse(plannedAt) - 1), 1);
    if (expected?.plannedAt.getTime() !== Date.parse(plannedAt)) return;
    const now = new Date();
    const closesAt = DateTime.fromJSDate(now).plus({ days: moment.openDays }).toJSDate();
    const [{ name: teamName }]: Array<{ name: string }> = await this.dataSource.query(
      `SELECT name FROM team WHERE id = $1`,
      [moment.teamId],
    );
    const { occurrenceId, recipients } = await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO reflection_occurrence (moment_id, planned_at, delivered_at, closes_at, question)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (moment_id, planned_at) DO NOTHING`,
        [moment.id, new Date(plannedAt), now, closesAt, moment.question],
      );
      const [occurrence]: Array<{ id: string }> = await manager.query(
        `SELECT id FROM reflection_occurrence WHERE moment_id = $1 AND planned_at = $2`,
        [moment.id, new Date(plannedAt)],
      );
      const delivered: Array<{ user_id: string }> = await manager.query(
        `INSERT INTO reflection_delivery (occurrence_id, user_id, channel)
         SELECT $1, m.user_id, 'in_app' FROM team_membership m
          WHERE m.team_id = $2 AND ($3::uuid[] IS NULL OR m.user_id = ANY ($3::uuid[]))
         ON CONFLICT (occurrence_id, user_id, channel) DO NOTHING
         RETURNING user_id`,
        [occurrence.id, moment.teamId, moment.memberIds],
      );
      const userIds = delivered.map((row) => row.user_id);
      await this.notifier.notify(
        userIds,
        {
          kind: 'reflection_prompt',
          occurrenceId: occurrence.id,
          question: moment.question,
          teamName,
          closesAt: closesAt.toISOString(),
        },
        manager,
      );
      return { occurrenceId: occurrence.id, recipients: userIds };
    });
    if (recipients.length > 0) {
      this.logger.log(`Moment ${moment.id}: prompt delivered to ${recipients.length} people`);
      await this.notifier.announce(recipients);
    }
    // The mails in a job of their own, so the next team's prompt does not wait for them. The
    // job id makes it one per occurrence; a run of this job that stopped half-way adds it again.
    await this.jobs.add(
      JobName.ReflectionMail,
      { occurrenceId },
      { jobId: `reflection-mail-${occurrenceId}` },
    );
    await this.scheduleReminders(moment, occurrenceId, now, closesAt);
    await this.scheduler.scheduleNext(moment);
  }

  /** Everyone the prompt reached in the app who wants a mail per message and has none yet. */
  @JobHandler(JobName.ReflectionMail)
  async mailPrompt({ occurrenceId }: { occurrenceId: string }): Promise<void> {
    const [occurrence]: Array<{ question: string; team_name: string }> =
      await this.dataSource.query(
        `SELECT o.question, t.name AS team_name FROM reflection_occurrence o
           JOIN reflection_moment m ON m.id = o.moment_id JOIN team t ON t.id = m.team_id
          WHERE o.id = $1`,
        [occurrenceId],
      );
    if (!occurrence) return;
    const delivered: Array<{ user_id: string }> = await this.dataSource.query(
      `SELECT user_id FROM reflection_delivery WHERE occurrence_id = $1 AND channel = 'in_app'`,
      [occurrenceId],
    );
    await this.mail(
      occurrenceId,
      'email',
      delivered.map((row) => row.user_id),
      occurrence.question,
      occurrence.team_name,
    );
  }

  /**
   * A mail to each recipient who wants a mail per message and was not mailed yet. The email
   * delivery rows and the outbox messages are written in one transaction, so a job that stops
   * half-way and runs again mails each person once; the messages go to the queue after it.
   */
  private async mail(
    occurrenceId: string,
    channel: string,
    recipients: string[],
    question: string,
    teamName: string,
    reminder = false,
  ): Promise<void> {
    if (recipients.length === 0) return;
    const messageIds = await this.dataSource.transaction((manager) =>
      this.promptMails.store(manager, {
        occurrenceId,
        channel,
        recipients,
        question,
        teamName,
        reminder,
      }),
    );
    await this.mailer.dispatch(messageIds);
  }

  /**
   * One job per reminder day, at that many days after the prompt, moved to the team's next
   * allowed time; a reminder that would come after the prompt closes is left out.
   */
  private async scheduleReminders(
    moment: ReflectionMoment,
    occurrenceId: string,
    deliveredAt: Date,
    closesAt: Date,
  ): Promise<void> {
    for (const [index, days] of moment.reminderDays.entries()) {
      const planned = DateTime.fromJSDate(deliveredAt, { zone: moment.schedule.timeZone }).plus({
        days,
      });
      const remindAt = nextAllowed(planned, {
        ...moment.schedule,
        workingDays: moment.schedule.workingDays as Weekday[],
      }).toJSDate();
      if (remindAt >= closesAt) continue;
      await this.jobs.add(
        JobName.ReflectionReminder,
        { occurrenceId, number: index + 1 },
        {
          jobId: `reflection-reminder-${occurrenceId}-${index + 1}`,
          delay: Math.max(0, remindAt.getTime() - Date.now()),
        },
      );
    }
  }

  /** Reminds who has not answered yet, once per reminder, while the prompt is open. */
  @JobHandler(JobName.ReflectionReminder)
  async remind({ occurrenceId, number }: { occurrenceId: string; number: number }): Promise<void> {
    const [occurrence]: Array<{
      id: string;
      question: string;
      closes_at: Date;
      team_name: string;
      status: string;
    }> = await this.dataSource.query(
      `SELECT o.id, o.question, o.closes_at, t.name AS team_name, m.status
         FROM reflection_occurrence o
         JOIN reflection_moment m ON m.id = o.moment_id
         JOIN team t ON t.id = m.team_id
        WHERE o.id = $1`,
      [occurrenceId],
    );
    if (!occurrence || occurrence.status !== 'active' || occurrence.closes_at <= new Date()) return;
    const reminded = await this.dataSource.transaction(async (manager) => {
      const rows: Array<{ user_id: string }> = await manager.query(
        `INSERT INTO reflection_delivery (occurrence_id, user_id, channel)
         SELECT d.occurrence_id, d.user_id, $2 FROM reflection_delivery d
          WHERE d.occurrence_id = $1 AND d.channel = 'in_app'
            AND NOT EXISTS (SELECT 1 FROM reflection_answer a
                             WHERE a.occurrence_id = d.occurrence_id AND a.user_id = d.user_id)
         ON CONFLICT (occurrence_id, user_id, channel) DO NOTHING
         RETURNING user_id`,
        [occurrenceId, `reminder-${number}`],
      );
      const userIds = rows.map((row) => row.user_id);
      await this.notifier.notify(
        userIds,
        {
          kind: 'reflection_prompt',
          occurrenceId,
          question: occurrence.question,
          teamName: occurrence.team_name,
          closesAt: occurrence.closes_at.toISOString(),
          reminder: number,
        },
        manager,
      );
      return userIds;
    });
    if (reminded.length > 0) {
      await this.notifier.announce(reminded);
      await this.mail(
        occurrenceId,
        `email-reminder-${number}`,
        reminded,
        occurrence.question,
        occurrence.team_name,
        true,
      );
    }
  }

  /**
   * Makes Redis match PostgreSQL: every active moment has its next occurrence on the clock, an
   * occurrence missed while nothing ran is still delivered if it is open, and jobs of moments
   * that are no longer active are removed. Runs at worker start and every ten minutes.
   */
  @JobHandler(JobName.ReflectionReconcile)
  async reconcile(): Promise<void> {
    const active = await this.dataSource
      .getRepository(ReflectionMoment)
      .findBy({ status: 'active' });
    for (const moment of active) {
      await this.scheduler.catchUp(moment);
      await this.scheduler.scheduleNext(moment);
    }
    await this.scheduler.removeOrphans(new Set(active.map((moment) => moment.id)));
    const stranded = await this.mailer.redispatchQueued();
    if (stranded > 0) this.logger.log(`Sent on ${stranded} stored mail(s) that had no job`);
  }
}
