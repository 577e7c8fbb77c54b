import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { DemoSeed, type DemoSeeder, selectRow, selectRows } from '@leerruimte/api-infrastructure';

const TEAM = 'Wijkteam Centrum';
const ASSIGNED_BY = 'pieter.devries@voorbeeldstad.test';
const MODULE = 'leren-van-casuistiek';
/**
 * Six days ahead: between Centrum's moment in three days and Noord's in five and twelve, so
 * Fatma's agenda has four days filled. Its reminder (two days before, at most four with a
 * weekend) lies after any e2e run on a freshly seeded database, whose notification counts
 * stay as they are.
 */
const DUE_IN_DAYS = 6;

/**
 * A due date in Wijkteam Centrum for its whole team: Pieter asks them to finish the module on
 * casuistry, which Fatma has half done. A seeder of its own, so databases seeded before the
 * agenda get it too.
 */
@DemoSeed({ name: 'learning: a due date in Wijkteam Centrum for the agenda', order: 36 })
@Injectable()
export class AgendaDueDateSeeder implements DemoSeeder {
  async seed(manager: EntityManager): Promise<void> {
    const today = DateTime.now().setZone('Europe/Amsterdam').startOf('day');
    const row = await selectRow(
      manager,
      z.object({ team_id: z.string(), module_id: z.string(), assigner_id: z.string() }),
      `SELECT t.id AS team_id, m.id AS module_id, u.id AS assigner_id
         FROM team t, learning_module m, app_user u
        WHERE t.name = $1 AND m.slug = $2 AND u.email = $3`,
      [TEAM, MODULE, ASSIGNED_BY],
    );
    if (!row) {
      throw new Error(
        `The demo due date needs ${TEAM}, ${ASSIGNED_BY} and module ${MODULE}: seed the ` +
          'identity demo data and import the content first.',
      );
    }
    const [{ id }] = await selectRows(
      manager,
      z.object({ id: z.string() }),
      `INSERT INTO module_assignment
         (team_id, module_id, assigned_by_id, due_date, whole_team, created_at)
       VALUES ($1, $2, $3, $4, true, $5) RETURNING id`,
      [
        row.team_id,
        row.module_id,
        row.assigner_id,
        today.plus({ days: DUE_IN_DAYS }).toISODate(),
        today.minus({ days: 5 }).set({ hour: 10 }).toJSDate(),
      ],
    );
    await manager.query(
      `INSERT INTO module_assignment_member (assignment_id, user_id)
       SELECT $1, user_id FROM team_membership WHERE team_id = $2`,
      [id, row.team_id],
    );
  }
}
