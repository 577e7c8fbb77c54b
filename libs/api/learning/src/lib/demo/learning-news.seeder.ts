import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { DemoSeed, type DemoSeeder, selectRow } from '@leerruimte/api-infrastructure';
import { addDemoNews, demoNewsReader, demoNewsTime } from '@leerruimte/api-notifications';

/** The demo news about learning: the last module assigned to Joost. */
@DemoSeed({ name: 'learning: news of an assignment for Joost', order: 61 })
@Injectable()
export class LearningNewsSeeder implements DemoSeeder {
  async seed(manager: EntityManager): Promise<void> {
    const reader = await demoNewsReader(manager);
    const assignment = await selectRow(
      manager,
      z.object({
        slug: z.string(),
        title: z.string(),
        due_date: z.string().nullable(),
        assigned_by: z.string(),
      }),
      `SELECT m.slug, m.title, to_char(a.due_date, 'YYYY-MM-DD') AS due_date,
              u.name AS assigned_by
         FROM module_assignment a
         JOIN learning_module m ON m.id = a.module_id
         JOIN app_user u ON u.id = a.assigned_by_id
         JOIN module_assignment_member am ON am.assignment_id = a.id AND am.user_id = $2
        WHERE a.team_id = $1 ORDER BY a.created_at DESC LIMIT 1`,
      [reader.teamId, reader.userId],
    );
    if (!assignment) throw new Error('The demo news needs a module assigned to Joost');
    await addDemoNews(manager, reader.userId, [
      {
        content: {
          kind: 'module_assigned',
          moduleSlug: assignment.slug,
          moduleTitle: assignment.title,
          teamName: reader.teamName,
          assignedBy: assignment.assigned_by,
          dueDate: assignment.due_date,
        },
        at: demoNewsTime(4, 14, 20),
        read: true,
      },
    ]);
  }
}
