import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import type { EntityManager } from 'typeorm';
import { DemoSeed, type DemoSeeder } from '@leerruimte/api-core';
import { type NotificationContent, notificationSubject } from '@leerruimte/shared-contracts';
import { Notification } from '../notification.entity';

const JOOST = 'joost.visser@voorbeeldstad.test';
const TEAM = 'Wijkteam Noord';

/**
 * A week of news for Joost in Wijkteam Noord, each about a real item of the demo board,
 * reflection and learning data, so his bell and notification centre show a history by day
 * (two of them unread) and every one leads to its page. No other demo person gets any: the
 * e2e stories count Fatma's.
 */
@DemoSeed({ name: 'notifications: a week of news for Joost', order: 60 })
@Injectable()
export class NotificationHistorySeeder implements DemoSeeder {
  async seed(manager: EntityManager): Promise<void> {
    const [joost]: Array<{ id: string; team_id: string }> = await manager.query(
      `SELECT u.id, t.id AS team_id FROM app_user u
         JOIN team_membership m ON m.user_id = u.id
         JOIN team t ON t.id = m.team_id
        WHERE u.email = $1 AND t.name = $2`,
      [JOOST, TEAM],
    );
    if (!joost) throw new Error(`The demo notifications need ${JOOST} in ${TEAM}`);
    const one = async <T>(sql: string, params: unknown[], what: string): Promise<T> => {
      const [row] = (await manager.query(sql, params)) as T[];
      if (!row) throw new Error(`The demo notifications need ${what}: seed the demo data first`);
      return row;
    };
    const experiment = await one<{ id: string; title: string; status: 'evaluating' }>(
      `SELECT e.id, e.title, e.status FROM experiment e
         JOIN experiment_participant p ON p.experiment_id = e.id AND p.user_id = $2
        WHERE e.team_id = $1 AND e.status = 'evaluating' LIMIT 1`,
      [joost.team_id, joost.id],
      'an experiment of Joost being evaluated',
    );
    const onAgenda = await one<{ id: string; question: string }>(
      `SELECT id, question FROM why_question
        WHERE team_id = $1 AND status = 'on_agenda' LIMIT 1`,
      [joost.team_id],
      'a why-question on the agenda',
    );
    const occurrence = await one<{ id: string; question: string; closes_at: Date }>(
      `SELECT o.id, o.question, o.closes_at FROM reflection_occurrence o
         JOIN reflection_moment m ON m.id = o.moment_id
        WHERE m.team_id = $1 AND o.delivered_at <= now()
        ORDER BY o.delivered_at DESC LIMIT 1`,
      [joost.team_id],
      'a delivered reflection question in Wijkteam Noord',
    );
    const assignment = await one<{
      slug: string;
      title: string;
      due_date: string | null;
      assigned_by: string;
    }>(
      `SELECT m.slug, m.title, to_char(a.due_date, 'YYYY-MM-DD') AS due_date,
              u.name AS assigned_by
         FROM module_assignment a
         JOIN learning_module m ON m.id = a.module_id
         JOIN app_user u ON u.id = a.assigned_by_id
         JOIN module_assignment_member am ON am.assignment_id = a.id AND am.user_id = $2
        WHERE a.team_id = $1 ORDER BY a.created_at DESC LIMIT 1`,
      [joost.team_id, joost.id],
      'a module assigned to Joost',
    );

    const now = DateTime.now().setZone('Europe/Amsterdam');
    const at = (daysAgo: number, hour: number, minute = 0) =>
      now.minus({ days: daysAgo }).set({ hour, minute, second: 0, millisecond: 0 }).toJSDate();
    const history: Array<{ content: NotificationContent; at: Date; read: boolean }> = [
      {
        content: {
          kind: 'reflection_prompt',
          occurrenceId: occurrence.id,
          question: occurrence.question,
          teamName: TEAM,
          closesAt: occurrence.closes_at.toISOString(),
        },
        at: at(6, 9),
        read: true,
      },
      {
        content: {
          kind: 'module_assigned',
          moduleSlug: assignment.slug,
          moduleTitle: assignment.title,
          teamName: TEAM,
          assignedBy: assignment.assigned_by,
          dueDate: assignment.due_date,
        },
        at: at(4, 14, 20),
        read: true,
      },
      {
        content: {
          kind: 'experiment_status_changed',
          teamId: joost.team_id,
          experimentId: experiment.id,
          title: experiment.title,
          teamName: TEAM,
          status: experiment.status,
          changedBy: 'Samira El Amrani',
        },
        at: at(1, 16, 5),
        read: false,
      },
      {
        content: {
          kind: 'why_question_on_agenda',
          teamId: joost.team_id,
          questionId: onAgenda.id,
          question: onAgenda.question,
          teamName: TEAM,
        },
        // Within the last hour: "today" in the centre whatever time the demo starts.
        at: now.minus({ minutes: 40 }).toJSDate(),
        read: false,
      },
    ];
    await manager.insert(
      Notification,
      history.map(({ content, at: when, read }) => ({
        userId: joost.id,
        content,
        subject: notificationSubject(content),
        createdAt: when,
        updatedAt: when,
        readAt: read ? when : null,
        // Old news: nobody is mailed about it now.
        mailedAt: when,
      })),
    );
  }
}
