import { Injectable, Logger } from '@nestjs/common';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { type JobPayload, JobHandler, JobName, JobQueue } from '@leerruimte/api-infrastructure';
import { Notifier } from '@leerruimte/api-notifications';
import { type Weekday, nextAllowed, nextOccurrences } from '@leerruimte/shared-schedule';
import { ReflectionMoment } from '../moments/moment.entities';
import { createOccurrence, deliverInApp, teamNameOf } from './delivery.queries';
import { MomentScheduler } from './moment-scheduler';

/**
 * An occurrence job creates the occurrence and one delivery per recipient; both are unique in
 * PostgreSQL, so a retried, duplicated or concurrently run job (several workers) delivers once.
 * Then the mails, the reminders and the next occurrence are scheduled.
 */
@Injectable()
export class ReflectionOccurrenceJob {
  private readonly logger = new Logger(ReflectionOccurrenceJob.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly scheduler: MomentScheduler,
    private readonly jobs: JobQueue,
    private readonly notifier: Notifier,
  ) {}

  @JobHandler(JobName.ReflectionOccurrence)
  async deliver({ momentId, plannedAt }: JobPayload<JobName.ReflectionOccurrence>): Promise<void> {
    const moment = await this.dataSource
      .getRepository(ReflectionMoment)
      .findOneBy({ id: momentId });
    if (!moment || moment.status !== 'active') return;
    // A job left from before an edit, whose time is no longer in the schedule, does nothing.
    const [expected] = nextOccurrences(moment.schedule, new Date(Date.parse(plannedAt) - 1), 1);
    if (expected?.plannedAt.getTime() !== Date.parse(plannedAt)) return;
    const now = new Date();
    const closesAt = DateTime.fromJSDate(now).plus({ days: moment.openDays }).toJSDate();
    const teamName = await teamNameOf(this.dataSource, moment.teamId);
    const { occurrenceId, recipients } = await this.dataSource.transaction(async (manager) => {
      const id = await createOccurrence(manager, {
        momentId: moment.id,
        plannedAt: new Date(plannedAt),
        deliveredAt: now,
        closesAt,
        question: moment.question,
      });
      const userIds = await deliverInApp(manager, id, moment.teamId, moment.memberIds);
      await this.notifier.notify(
        userIds,
        {
          kind: 'reflection_prompt',
          occurrenceId: id,
          question: moment.question,
          teamName,
          closesAt: closesAt.toISOString(),
        },
        manager,
      );
      return { occurrenceId: id, recipients: userIds };
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
}
