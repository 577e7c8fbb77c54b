import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type JobPayload, JobHandler, JobName } from '@leerruimte/api-infrastructure';
import { inAppRecipients, occurrenceToMail } from './delivery.queries';
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
    const occurrence = await occurrenceToMail(this.dataSource, occurrenceId);
    if (!occurrence) return;
    await this.promptMails.send({
      occurrenceId,
      channel: 'email',
      recipients: await inAppRecipients(this.dataSource, occurrenceId),
      question: occurrence.question,
      teamName: occurrence.team_name,
    });
  }
}
