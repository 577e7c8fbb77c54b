import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { DemoSeed, type DemoSeeder, exists, selectRow } from '@leerruimte/api-infrastructure';
import { demoTeam } from '@leerruimte/api-identity-data';

/**
 * A year of the board for Teamontwikkeling in Noord and Centrum: every other month a
 * why-question about the team's meeting, discussed two weeks later, and the experiment it led
 * to, evaluated at the end of the month.
 */
@DemoSeed({ name: 'board: a year of why-questions and experiments', order: 51 })
@Injectable()
export class BoardHistorySeeder implements DemoSeeder {
  async seed(manager: EntityManager): Promise<void> {
    // A database seeded before this history moved here already has it.
    if (
      await exists(
        manager,
        `SELECT 1 FROM why_question WHERE question LIKE 'Waarom doen we het overleg van maand %'`,
      )
    ) {
      return;
    }
    const now = DateTime.now().setZone('Europe/Amsterdam').startOf('month');
    for (const teamName of ['Wijkteam Noord', 'Wijkteam Centrum']) {
      const { teamId, memberIds } = await demoTeam(manager, teamName);
      for (let monthsAgo = 10; monthsAgo >= 2; monthsAgo -= 2) {
        const month = now.minus({ months: monthsAgo });
        const author = memberIds[monthsAgo % memberIds.length];
        const asked = month.plus({ days: 3 }).set({ hour: 11 }).toJSDate();
        const discussed = month.plus({ days: 17 }).set({ hour: 11 }).toJSDate();
        const question = await selectRow(
          manager,
          z.object({ id: z.string() }),
          `INSERT INTO why_question (team_id, author_id, question, theme, status, conclusion,
                                     created_at, discussed_at)
           VALUES ($1, $2, $3, 'aanpak', 'discussed', $4, $5, $6) RETURNING id`,
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
            question?.id,
            discussed,
          ],
        );
      }
    }
  }
}
