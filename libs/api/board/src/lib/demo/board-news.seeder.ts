import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { DemoSeed, type DemoSeeder, selectRow } from '@leerruimte/api-infrastructure';
import { addDemoNews, demoNewsReader, demoNewsTime } from '@leerruimte/api-notifications';

/**
 * The demo news about the board, both unread: an experiment of Joost's being evaluated, and a
 * why-question put on the agenda within the last hour ("today" whenever the demo starts).
 */
@DemoSeed({ name: 'board: news of an evaluation and the agenda for Joost', order: 62 })
@Injectable()
export class BoardNewsSeeder implements DemoSeeder {
  async seed(manager: EntityManager): Promise<void> {
    const reader = await demoNewsReader(manager);
    const experiment = await selectRow(
      manager,
      z.object({ id: z.string(), title: z.string(), status: z.literal('evaluating') }),
      `SELECT e.id, e.title, e.status FROM experiment e
         JOIN experiment_participant p ON p.experiment_id = e.id AND p.user_id = $2
        WHERE e.team_id = $1 AND e.status = 'evaluating' LIMIT 1`,
      [reader.teamId, reader.userId],
    );
    const onAgenda = await selectRow(
      manager,
      z.object({ id: z.string(), question: z.string() }),
      `SELECT id, question FROM why_question
        WHERE team_id = $1 AND status = 'on_agenda' LIMIT 1`,
      [reader.teamId],
    );
    if (!experiment || !onAgenda) {
      throw new Error('The demo news needs an experiment of Joost being evaluated and an agenda');
    }
    await addDemoNews(manager, reader.userId, [
      {
        content: {
          kind: 'experiment_status_changed',
          teamId: reader.teamId,
          experimentId: experiment.id,
          title: experiment.title,
          teamName: reader.teamName,
          status: experiment.status,
          changedBy: 'Samira El Amrani',
        },
        at: demoNewsTime(1, 16, 5),
        read: false,
      },
      {
        content: {
          kind: 'why_question_on_agenda',
          teamId: reader.teamId,
          questionId: onAgenda.id,
          question: onAgenda.question,
          teamName: reader.teamName,
        },
        at: new Date(Date.now() - 40 * 60_000),
        read: false,
      },
    ]);
  }
}
