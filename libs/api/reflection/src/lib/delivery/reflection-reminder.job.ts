import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type JobPayload, JobHandler, JobName } from '@leerruimte/api-core';
import { Notifier } from '@leerruimte/api-notifications';
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
