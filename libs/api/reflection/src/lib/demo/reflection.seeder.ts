import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { DemoSeed, type DemoSeeder, selectRows } from '@leerruimte/api-infrastructure';

const QUESTION = 'Wat heb je deze week geleerd van een casus, en wat doe je daardoor anders?';

const idRow = z.object({ id: z.string() });

/**
 * Wijkteam Noord's weekly reflection moment, planned by Samira: two past prompts with answers
 * (some shared, some private) and one still open. The worker schedules the next one.
 */
@DemoSeed({ name: 'reflection: weekly moment in Wijkteam Noord', order: 30 })
@Injectable()
export class ReflectionSeeder implements DemoSeeder {
  async seed(manager: EntityManager): Promise<void> {
    const people = await selectRows(
      manager,
      z.object({ id: z.string(), email: z.string() }),
      `SELECT u.id, u.email FROM app_user u
         JOIN team_membership m ON m.user_id = u.id
         JOIN team t ON t.id = m.team_id
        WHERE t.name = 'Wijkteam Noord'`,
    );
    const byEmail = (email: string) => {
      const person = people.find((candidate) => candidate.email === email);
      if (!person) throw new Error(`Demo reflection data needs ${email} in Wijkteam Noord`);
      return person.id;
    };
    const samira = byEmail('samira.elamrani@voorbeeldstad.test');
    const fatma = byEmail('fatma.yilmaz@voorbeeldstad.test');
    const joost = byEmail('joost.visser@voorbeeldstad.test');
    const now = DateTime.now().setZone('Europe/Amsterdam');
    const twoDaysAgo = now
      .minus({ days: 2 })
      .set({ hour: 15, minute: 0, second: 0, millisecond: 0 });
    const [moment] = await selectRows(
      manager,
      idRow,
      `INSERT INTO reflection_moment
         (team_id, created_by_id, question, schedule, open_days, reminder_days, status)
       SELECT t.id, $1, $2, $3, 3, '{1}', 'active' FROM team t WHERE t.name = 'Wijkteam Noord'
       RETURNING id`,
      [
        samira,
        QUESTION,
        {
          timeZone: 'Europe/Amsterdam',
          time: '15:00',
          startDate: twoDaysAgo.minus({ weeks: 2 }).toISODate(),
          recurrence: { kind: 'weekly', days: [twoDaysAgo.weekday], intervalWeeks: 1 },
          workingDays: [1, 2, 3, 4, 5, 6, 7],
        },
      ],
    );
    const answers: Array<Array<{ userId: string; answer: string; shared: boolean }>> = [
      [
        {
          userId: fatma,
          shared: true,
          answer:
            'Bij de familie in de Lindelaan vroeg ik eerst wat zij zelf al geprobeerd hadden. Dat leverde meer op dan mijn plan.',
        },
        { userId: joost, shared: false, answer: 'Ik had te snel een indicatie klaar.' },
      ],
      [{ userId: fatma, shared: false, answer: 'Ik merk dat ik bij boosheid te snel ga regelen.' }],
      [
        {
          userId: joost,
          shared: true,
          answer: 'Samen met de buurtsportcoach gaan kijken werkte beter dan doorverwijzen.',
        },
      ],
    ];
    for (const [index, weeksAgo] of [2, 1, 0].entries()) {
      const planned = twoDaysAgo.minus({ weeks: weeksAgo });
      const [occurrence] = await selectRows(
        manager,
        idRow,
        `INSERT INTO reflection_occurrence (moment_id, planned_at, delivered_at, closes_at, question)
         VALUES ($1, $2, $2, $3, $4) RETURNING id`,
        [moment.id, planned.toJSDate(), planned.plus({ days: 3 }).toJSDate(), QUESTION],
      );
      await manager.query(
        `INSERT INTO reflection_delivery (occurrence_id, user_id, channel)
         SELECT $1, unnest($2::uuid[]), 'in_app'`,
        [occurrence.id, [samira, fatma, joost]],
      );
      for (const answer of answers[index]) {
        await manager.query(
          `INSERT INTO reflection_answer (occurrence_id, user_id, answer, shared, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $5)`,
          [
            occurrence.id,
            answer.userId,
            answer.answer,
            answer.shared,
            planned.plus({ hours: 2 }).toJSDate(),
          ],
        );
      }
    }
  }
}
