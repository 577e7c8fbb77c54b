import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import type { EntityManager } from 'typeorm';
import { DemoSeed, type DemoSeeder } from '@leerruimte/api-core';
import { type PulseStatement, pulseStatements, pulseTitle } from '@leerruimte/shared-contracts';

const QUESTION = 'Welk moment uit je werk van deze maand wil je met het team delen?';
const ANSWERS = [
  'Een gesprek waarin ik eerst luisterde in plaats van oplossingen te geven.',
  'Ik merkte dat ik te snel doorverwees.',
  'Samen met een collega op huisbezoek leverde meer op dan alleen.',
];

/** A team pulse every quarter, ten, seven, four and one month ago. */
const PULSE_MONTHS_AGO = [10, 7, 4, 1];

/**
 * A year of history for Teamontwikkeling in Gemeente Voorbeeldstad: a monthly reflection
 * moment in Noord and Centrum with answered prompts, a quarterly team pulse everyone filled in,
 * and their why-questions and experiments month by month. The demo teams are small, so the
 * organisation shows figures from three people on (the lowest it may choose); Oost, with two,
 * shows "te weinig deelnemers".
 */
@DemoSeed({ name: 'reporting: a year of team development in Voorbeeldstad', order: 50 })
@Injectable()
export class ReportingSeeder implements DemoSeeder {
  async seed(manager: EntityManager): Promise<void> {
    const [organisation]: Array<{ id: string }> = await manager.query(
      `SELECT id FROM organisation WHERE name = 'Gemeente Voorbeeldstad'`,
    );
    if (!organisation) throw new Error('Demo reporting data needs Gemeente Voorbeeldstad');
    await manager.query(
      `INSERT INTO organisation_report_settings (organisation_id, minimum_group_size) VALUES ($1, 3)`,
      [organisation.id],
    );
    const now = DateTime.now().setZone('Europe/Amsterdam').startOf('month');
    for (const teamName of ['Wijkteam Noord', 'Wijkteam Centrum']) {
      const members: Array<{ user_id: string; team_id: string }> = await manager.query(
        `SELECT m.user_id, m.team_id FROM team_membership m JOIN team t ON t.id = m.team_id
          WHERE t.name = $1 ORDER BY m.user_id`,
        [teamName],
      );
      const teamId = members[0].team_id;
      const [{ id: momentId }] = await manager.query(
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
      await this.seedPulses(manager, teamId, members, now);
      for (let monthsAgo = 11; monthsAgo >= 1; monthsAgo--) {
        const month = now.minus({ months: monthsAgo });
        const delivered = month.plus({ days: 6 }).set({ hour: 10 });
        const [{ id: occurrenceId }] = await manager.query(
          `INSERT INTO reflection_occurrence (moment_id, planned_at, delivered_at, closes_at, question)
           VALUES ($1, $2, $2, $3, $4) RETURNING id`,
          [momentId, delivered.toJSDate(), delivered.plus({ days: 5 }).toJSDate(), QUESTION],
        );
        // Participation grows over the year: first one of three answers, later all of them.
        const answering = Math.min(members.length, 1 + Math.floor((11 - monthsAgo) / 4));
        for (const [index, member] of members.entries()) {
          await manager.query(
            `INSERT INTO reflection_delivery (occurrence_id, user_id, channel) VALUES ($1, $2, 'in_app')`,
            [occurrenceId, member.user_id],
          );
          if (index < answering) {
            await manager.query(
              `INSERT INTO reflection_answer (occurrence_id, user_id, answer, shared, updated_at)
               VALUES ($1, $2, $3, false, $4)`,
              [
                occurrenceId,
                member.user_id,
                ANSWERS[index % ANSWERS.length],
                delivered.plus({ hours: 3 }).toJSDate(),
              ],
            );
          }
        }
        if (monthsAgo % 2 === 0) {
          const author = members[monthsAgo % members.length].user_id;
          const asked = month.plus({ days: 3 }).set({ hour: 11 }).toJSDate();
          const discussed = month.plus({ days: 17 }).set({ hour: 11 }).toJSDate();
          const [{ id: questionId }] = await manager.query(
            `INSERT INTO why_question (team_id, author_id, question, theme, status, conclusion,
                                       created_at, discussed_at)
             VALUES ($1, $2, $3, 'approach', 'discussed', $4, $5, $6) RETURNING id`,
            [
              teamId,
              author,
              `Waarom doen we het overleg van maand ${12 - monthsAgo} zoals we het doen?`,
              'We houden het korter en beginnen met wat goed ging.',
              asked,
              discussed,
            ],
          );
          const evaluated = month.plus({ days: 25 }).set({ hour: 15 }).toJSDate();
          await manager.query(
            `INSERT INTO experiment (team_id, author_id, title, situation, intended_effect, what_we_try,
               prediction, how_we_know, measure_name, roles, status, status_changed_at,
               evaluated_at, evaluated_by_id, done_as_planned, compared_with_prediction, learned,
               why_question_id, created_at)
             VALUES ($1, $2, $3, '', 'Een korter overleg', 'Beginnen met wat goed ging', '', '', '',
               '', $4, $5, $5, $2, 'yes', 'Zoals verwacht.', 'Korter overleggen werkt.', $6, $7)`,
            [
              teamId,
              author,
              `Overleg in ronde ${12 - monthsAgo}`,
              monthsAgo % 4 === 0 ? 'adopted' : 'adapted',
              evaluated,
              questionId,
              discussed,
            ],
          );
        }
      }
    }
  }

  /**
   * The quarterly pulse: each member took part (an empty answer) and left scores without their
   * name. The scores rise a little each quarter, so the report shows the team learning.
   */
  private async seedPulses(
    manager: EntityManager,
    teamId: string,
    members: Array<{ user_id: string }>,
    now: DateTime,
  ): Promise<void> {
    const first = now.minus({ months: PULSE_MONTHS_AGO[0] }).plus({ days: 13 });
    const [{ id: momentId }] = await manager.query(
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
      const [{ id: occurrenceId }] = await manager.query(
        `INSERT INTO reflection_occurrence (moment_id, planned_at, delivered_at, closes_at, question)
         VALUES ($1, $2, $2, $3, $4) RETURNING id`,
        [momentId, delivered.toJSDate(), delivered.plus({ days: 7 }).toJSDate(), pulseTitle],
      );
      for (const [index, member] of members.entries()) {
        await manager.query(
          `INSERT INTO reflection_delivery (occurrence_id, user_id, channel) VALUES ($1, $2, 'in_app')`,
          [occurrenceId, member.user_id],
        );
        await manager.query(
          `INSERT INTO reflection_answer (occurrence_id, user_id, answer, shared, updated_at)
           VALUES ($1, $2, '', false, $3)`,
          [occurrenceId, member.user_id, delivered.plus({ days: 1 }).toJSDate()],
        );
        const scores = Object.fromEntries(
          pulseStatements.map((statement, position) => [
            statement,
            Math.min(5, 2 + Math.floor((quarter + index + position) / 2)),
          ]),
        ) as Record<PulseStatement, number>;
        await manager.query(`INSERT INTO pulse_response (occurrence_id, scores) VALUES ($1, $2)`, [
          occurrenceId,
          scores,
        ]);
      }
    }
  }
}
