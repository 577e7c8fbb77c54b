import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JobHandler, JobName, JobQueue } from '@leerruimte/api-infrastructure';
import { Notifier } from '@leerruimte/api-notifications';
import type { NotificationContent } from '@leerruimte/shared-contracts';
import { recordDueReminders } from './assignment-due-reminders.queries';
import { dueDatesToRemind } from './due-reminder-timing';

/**
 * Every hour of the working day on working days. The 09:00 run sends the day's reminders on
 * time; the others make up for a run missed while no worker ran (or Redis lost its jobs).
 */
export const DUE_REMINDER_SCHEDULE = { pattern: '0 9-17 * * 1-5', tz: 'Europe/Amsterdam' };
/** A worker whose clock is a little behind Redis's still counts the 09:00 run as 09:00. */
const CLOCK_GRACE_MS = 60_000;

type DueSoon = Extract<NotificationContent, { kind: 'assignment_due_soon' }>;

/**
 * Reminds each assignee who has not completed the module, two days before it is due (see
 * `dueReminderAt`), in the app and by mail per their preference. PostgreSQL decides "once": a
 * reminder is a row keyed by assignment, person and due date, inserted only if absent, and only
 * those inserted are notified, so a repeated run, two workers or a restart never remind twice.
 * Each run reads the assignments as they are now: completed, withdrawn or re-dated ones are
 * left out or reminded of at their new date. An assignment made after its reminder time (due
 * in less than two days) gets none: its own notification already says the date.
 */
@Injectable()
export class AssignmentDueReminders implements OnApplicationBootstrap {
  private readonly logger = new Logger(AssignmentDueReminders.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly notifier: Notifier,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // Upserting by id is idempotent, so every worker replica may do it at start.
    await this.jobs.schedule(
      'assignment-due-reminders',
      JobName.AssignmentDueReminders,
      {},
      DUE_REMINDER_SCHEDULE,
    );
  }

  @JobHandler(JobName.AssignmentDueReminders)
  async run(): Promise<void> {
    await this.remind(new Date(Date.now() + CLOCK_GRACE_MS));
  }

  /** Sends the reminders whose time has come at `now`; returns how many people were reminded. */
  async remind(now: Date): Promise<number> {
    const due = dueDatesToRemind(now);
    if (due.length === 0) return 0;
    const reminders = await this.dataSource.transaction(async (manager) => {
      const rows = await recordDueReminders(manager, due);
      const byAssignment = new Map<string, { content: DueSoon; userIds: string[] }>();
      for (const row of rows) {
        const reminder = byAssignment.get(row.assignment_id) ?? {
          content: {
            kind: 'assignment_due_soon',
            assignmentId: row.assignment_id,
            moduleSlug: row.slug,
            moduleTitle: row.title,
            teamName: row.team_name,
            dueDate: row.due_date,
          },
          userIds: [],
        };
        reminder.userIds.push(row.user_id);
        byAssignment.set(row.assignment_id, reminder);
      }
      for (const { content, userIds } of byAssignment.values()) {
        await this.notifier.notify(userIds, content, manager);
      }
      return [...byAssignment.values()];
    });
    const people = reminders.flatMap((reminder) => reminder.userIds);
    if (people.length === 0) return 0;
    await this.notifier.announce(people);
    for (const { content, userIds } of reminders) {
      await this.notifier.mailEach(userIds, content);
    }
    this.logger.log(
      `Reminded ${people.length} people of ${reminders.length} assignment(s) due soon`,
    );
    return people.length;
  }
}
