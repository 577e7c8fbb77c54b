import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { DemoSeed, type DemoSeeder, selectRows } from '@leerruimte/api-infrastructure';
import { PromptMails } from '../delivery/prompt-mails';

/**
 * The mails of Wijkteam Noord's open prompt, as the worker sends them, so the outbox ("E-mail")
 * shows what a member gets and its link leads to the question.
 */
@DemoSeed({ name: 'reflection: mails of the open prompt in Wijkteam Noord', order: 31 })
@Injectable()
export class PromptMailsSeeder implements DemoSeeder {
  constructor(private readonly promptMails: PromptMails) {}

  async seed(manager: EntityManager): Promise<void> {
    const open = await selectRows(
      manager,
      z.object({
        id: z.string(),
        question: z.string(),
        team_name: z.string(),
        recipients: z.array(z.string()),
      }),
      `SELECT o.id, o.question, t.name AS team_name,
              array_agg(d.user_id) AS recipients
         FROM reflection_occurrence o
         JOIN reflection_moment m ON m.id = o.moment_id
         JOIN team t ON t.id = m.team_id
         JOIN reflection_delivery d ON d.occurrence_id = o.id AND d.channel = 'in_app'
        WHERE t.name = 'Wijkteam Noord' AND o.closes_at > now() AND m.kind = 'question'
        GROUP BY o.id, t.name`,
    );
    for (const occurrence of open) {
      await this.promptMails.store(manager, {
        occurrenceId: occurrence.id,
        channel: 'email',
        recipients: occurrence.recipients,
        question: occurrence.question,
        teamName: occurrence.team_name,
      });
    }
  }
}
