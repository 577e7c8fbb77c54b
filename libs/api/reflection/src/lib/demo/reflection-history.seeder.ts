import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { DemoSeed, type DemoSeeder, exists, selectRow } from '@leerruimte/api-infrastructure';
import { demoTeam } from '@leerruimte/api-identity-data';
import { type PulseStatement, pulseStatements, pulseTitle } from '@leerruimte/shared-contracts';

const QUESTION = 'Welk moment uit je werk van deze maand wil je met het team delen?';
const ANSWERS = [
  'Een gesprek waarin ik eerst luisterde in plaats van oplossingen te geven.',
  'Ik merkte dat ik te snel doorverwees.',
  'Samen met een collega op huisbezoek leverde meer op dan alleen.',
];

/** A team pulse every quarter, ten, seven, four and one month ago. */
const PULSE_MONTHS_AGO = [10, 7, 4, 1];

const idRow = z.object({ id: z.string() });

/**
 * A year of reflection for Teamontwikkeling in Noord and Centrum: a monthly moment whose
 * answers grow from one of three members to all, and a quarterly team pulse everyone filled in
 * with scores that rise a little each quarter.
 */
@DemoSeed({ name: 'reflection: a year of monthly moments and pulses', order: 50 })
@Injectable()
export class ReflectionHistorySeeder implements DemoSeeder {
  async seed(manager: EntityManager): Promise<void> {
    // A database seeded before this history moved here already has it.
    if (await exists(manager, `SELECT 1 FROM reflection_moment WHERE question = $1`, [QUESTION])) {
      return;
    }
    const now = DateTime.now().setZone('Europe/Amsterdam').startOf('month');
    for (const teamName of ['Wijkteam Noord', 'Wijkteam Centrum']) {
      const { teamId, memberIds } = await demoTeam(manager, teamName);
      const moment = await this.insertId(
        manager,
        `INSERT INTO reflection_moment (team_id, question, schedule, open_days, reminder_days, status)
         VALUES ($1, $2, $3, 5, '{}', 'ended') RETURNING id`,
        [
          teamId,
          QUESTION,
          {
            timeZone: 'Europe/Amsterdam',
            time: '10:00',
            startDate: now.minus({ months: 11 }).toISODate(),
            endDate: now.minus({ months: 1 }).endOf('month').toISODate(),
            recurrence: { kind: 'monthly', weekday: 2, nth: 1 },
            workingDays: [1, 2, 3, 4, 5],
          },
        ],
      );
      await this.seedPulses(manager, teamId, memberIds, now);
      for (let monthsAgo = 11; monthsAgo >= 1; monthsAgo--) {
        const delivered = now.minus({ months: monthsAgo }).plus({ days: 6 }).set({ hour: 10 });
        const occurrence = await this.insertId(
          manager,
          `INSERT INTO reflection_occurrence (moment_id, planned_at, delivered_at, closes_at, question)
           VALUES ($1, $2, $2, $3, $4) RETURNING id`,
          [moment, delivered.toJSDate(), delivered.plus({ days: 5 }).toJSDate(), QUESTION],
        );
        // Participation grows over the year: first one of three answers, later all of them.
        const answering = Math.min(memberIds.length, 1 + Math.floor((11 - monthsAgo) / 4));
        for (const [index, userId] of memberIds.entries()) {
          await manager.query(
            `INSERT INTO reflection_delivery (occurrence_id, user_id, channel) VALUES ($1, $2, 'in_app')`,
            [occurrence, userId],
          );
          if (index < answering) {
            await manager.query(
              `INSERT INTO reflection_answer (occurrence_id, user_id, answer, shared, updated_at)
               VALUES ($1, $2, $3, false, $4)`,
              [
                occurrence,
                userId,
                ANSWERS[index % ANSWERS.length],
                delivered.plus({ hours: 3 }).toJSDate(),
              ],
            );
          }
        }
      }
    }
  }

  /** Each member took part (an empty answer) and left scores without their name. */
  private async seedPulses(
    manager: EntityManager,
    teamId: string,
    memberIds: readonly string[],
    now: DateTime,
  ): Promise<void> {
    const first = now.minus({ months: PULSE_MONTHS_AGO[0] }).plus({ days: 13 });
    const moment = await this.insertId(
      manager,
      `INSERT INTO reflection_moment
         (team_id, kind, question, schedule, open_days, reminder_days, status)
       VALUES ($1, 'pulse', $2, $3, 7, '{}', 'ended') RETURNING id`,
      [
        teamId,
        pulseTitle,
        {
          timeZone: 'Europe/Amsterdam',
          time: '09:00',
          startDate: first.toISODate(),
          endDate: now.minus({ months: 1 }).endOf('month').toISODate(),
          recurrence: { kind: 'weekly', days: [first.weekday], intervalWeeks: 13 },
          workingDays: [1, 2, 3, 4, 5],
        },
      ],
    );
    for (const [quarter, monthsAgo] of PULSE_MONTHS_AGO.entries()) {
      const delivered = now.minus({ months: monthsAgo }).plus({ days: 13 }).set({ hour: 9 });
      const occurrence = await this.insertId(
        manager,
        `INSERT INTO reflection_occurrence (moment_id, planned_at, delivered_at, closes_at, question)
         VALUES ($1, $2, $2, $3, $4) RETURNING id`,
        [moment, delivered.toJSDate(), delivered.plus({ days: 7 }).toJSDate(), pulseTitle],
      );
      for (const [index, userId] of memberIds.entries()) {
        await manager.query(
          `INSERT INTO reflection_delivery (occurrence_id, user_id, channel) VALUES ($1, $2, 'in_app')`,
          [occurrence, userId],
        );
        await manager.query(
          `INSERT INTO reflection_answer (occurrence_id, user_id, answer, shared, updated_at)
           VALUES ($1, $2, '', false, $3)`,
          [occurrence, userId, delivered.plus({ days: 1 }).toJSDate()],
        );
        const scores = Object.fromEntries(
          pulseStatements.map((statement, position) => [
            statement,
            Math.min(5, 2 + Math.floor((quarter + index + position) / 2)),
          ]),
        ) as Record<PulseStatement, number>;
        await manager.query(`INSERT INTO pulse_response (occurrence_id, scores) VALUES ($1, $2)`, [
          occurrence,
          scores,
        ]);
      }
    }
  }

  private async insertId(manager: EntityManager, text: string, params: unknown[]) {
    const row = await selectRow(manager, idRow, text, params);
    if (!row) throw new Error(`Nothing inserted: ${text}`);
    return row.id;
  }
}
