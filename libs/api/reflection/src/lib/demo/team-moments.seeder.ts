import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { DemoSeed, type DemoSeeder, selectRows } from '@leerruimte/api-infrastructure';

const CENTRUM_QUESTION = 'Welke vraag van een inwoner verraste je, en wat deed je ermee?';
const OOST_QUESTION = 'Waar had je deze week meer ruimte nodig, en wie kon je die geven?';
const ZONE = 'Europe/Amsterdam';

/**
 * Reflection moments in Wijkteam Centrum and Oost: Centrum's fortnightly one comes in three
 * days, Oost's weekly one in two. A seeder of its own, so databases seeded before Vandaag get
 * it too.
 */
@DemoSeed({ name: 'reflection: moments in Wijkteam Centrum and Oost', order: 35 })
@Injectable()
export class TeamMomentsSeeder implements DemoSeeder {
  async seed(manager: EntityManager): Promise<void> {
    const people = await selectRows(
      manager,
      z.object({ id: z.string(), email: z.string(), team_id: z.string(), team_name: z.string() }),
      `SELECT u.id, u.email, t.id AS team_id, t.name AS team_name FROM app_user u
         JOIN team_membership m ON m.user_id = u.id
         JOIN team t ON t.id = m.team_id
        WHERE t.name IN ('Wijkteam Centrum', 'Wijkteam Oost')`,
    );
    const person = (email: string, team: string) => {
      const found = people.find((row) => row.email === email && row.team_name === team);
      if (!found) throw new Error(`Demo reflection data needs ${email} in ${team}`);
      return found;
    };
    const pieter = person('pieter.devries@voorbeeldstad.test', 'Wijkteam Centrum');
    const daan = person('daan.jansen@voorbeeldstad.test', 'Wijkteam Oost');
    const today = DateTime.now().setZone(ZONE).startOf('day');
    const schedule = (first: DateTime, time: string, intervalWeeks: number) => ({
      timeZone: ZONE,
      time,
      startDate: first.toISODate(),
      recurrence: { kind: 'weekly', days: [first.weekday], intervalWeeks },
      workingDays: [1, 2, 3, 4, 5, 6, 7],
    });
    const moment = async (teamId: string, leadId: string, question: string, plan: object) => {
      const [{ id }] = await selectRows(
        manager,
        z.object({ id: z.string() }),
        `INSERT INTO reflection_moment
           (team_id, created_by_id, question, schedule, open_days, reminder_days, status)
         VALUES ($1, $2, $3, $4, 3, '{1}', 'active') RETURNING id`,
        [teamId, leadId, question, plan],
      );
      return id;
    };

    await moment(
      pieter.team_id,
      pieter.id,
      CENTRUM_QUESTION,
      schedule(today.plus({ days: 3 }), '09:30', 2),
    );

    // Oost (two people, below the minimum group size of 3) gets its first prompt only later:
    // a prompt now would make Teamontwikkeling suppress this month for Noord too.
    await moment(
      daan.team_id,
      daan.id,
      OOST_QUESTION,
      schedule(today.plus({ days: 2 }), '14:00', 1),
    );
  }
}
