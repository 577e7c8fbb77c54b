import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { DemoSeed, type DemoSeeder, selectRow } from '@leerruimte/api-infrastructure';
import { addDemoNews, demoNewsReader, demoNewsTime } from '@leerruimte/api-notifications';

/** The demo news about reflection: the last question that went out to Wijkteam Noord. */
@DemoSeed({ name: 'reflection: news of a question for Joost', order: 60 })
@Injectable()
export class ReflectionNewsSeeder implements DemoSeeder {
  async seed(manager: EntityManager): Promise<void> {
    const reader = await demoNewsReader(manager);
    const occurrence = await selectRow(
      manager,
      z.object({ id: z.string(), question: z.string(), closes_at: z.date() }),
      `SELECT o.id, o.question, o.closes_at FROM reflection_occurrence o
         JOIN reflection_moment m ON m.id = o.moment_id
        WHERE m.team_id = $1 AND o.delivered_at <= now()
        ORDER BY o.delivered_at DESC LIMIT 1`,
      [reader.teamId],
    );
    if (!occurrence) throw new Error('The demo news needs a delivered question in Noord');
    await addDemoNews(manager, reader.userId, [
      {
        content: {
          kind: 'reflection_prompt',
          occurrenceId: occurrence.id,
          question: occurrence.question,
          teamName: reader.teamName,
          closesAt: occurrence.closes_at.toISOString(),
        },
        at: demoNewsTime(6, 9),
        read: true,
      },
    ]);
  }
}
