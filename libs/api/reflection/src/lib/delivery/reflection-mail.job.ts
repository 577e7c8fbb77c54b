import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type JobPayload, JobHandler, JobName } from '@leerruimte/api-core';
import { PromptMails } from './prompt-mails';

/** A prompt's mails, in a job of their own so the next team's prompt does not wait for them. */
@Injectable()
export class ReflectionMailJob {
  constructor(
    private readonly dataSource: DataSource,
    private readonly promptMails: PromptMails,
  ) {}

  @JobHandler(JobName.ReflectionMail)
  async send({ occurrenceId }: JobPayload<JobName.ReflectionMail>): Promise<void> {
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
    await this.promptMails.send({
      occurrenceId,
      channel: 'email',
      recipients: delivered.map((row) => row.user_id),
      question: occurrence.question,
      teamName: occurrence.team_name,
    });
  }
}
