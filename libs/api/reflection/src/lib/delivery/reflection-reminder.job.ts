import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type JobPayload, JobHandler, JobName } from '@leerruimte/api-infrastructure';
import { Notifier } from '@leerruimte/api-notifications';
import { deliverReminder, occurrenceToRemind } from './delivery.queries';
import { PromptMails } from './prompt-mails';

@Injectable()
export class ReflectionReminderJob {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notifier: Notifier,
    private readonly promptMails: PromptMails,
  ) {}

  @JobHandler(JobName.ReflectionReminder)
  async remind({ occurrenceId, number }: JobPayload<JobName.ReflectionReminder>): Promise<void> {
    const occurrence = await occurrenceToRemind(this.dataSource, occurrenceId);
    if (!occurrence || occurrence.status !== 'active' || occurrence.closes_at <= new Date()) return;
    const reminded = await this.dataSource.transaction(async (manager) => {
      const userIds = await deliverReminder(manager, occurrenceId, `reminder-${number}`);
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
      await this.promptMails.send({
        occurrenceId,
        channel: `email-reminder-${number}`,
        recipients: reminded,
        question: occurrence.question,
        teamName: occurrence.team_name,
        reminder: true,
      });
    }
  }
}
