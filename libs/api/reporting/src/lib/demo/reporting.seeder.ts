import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { DemoSeed, type DemoSeeder, selectRow } from '@leerruimte/api-infrastructure';

/**
 * The demo teams are small, so Gemeente Voorbeeldstad shows figures from three people on (the
 * lowest it may choose): Noord and Centrum, with a year of history from the reflection and
 * board seeders, show their development; Oost, with two, shows "te weinig deelnemers".
 */
@DemoSeed({ name: 'reporting: groups of three in Voorbeeldstad', order: 52 })
@Injectable()
export class ReportingSeeder implements DemoSeeder {
  async seed(manager: EntityManager): Promise<void> {
    const organisation = await selectRow(
      manager,
      z.object({ id: z.string() }),
      `SELECT id FROM organisation WHERE name = 'Gemeente Voorbeeldstad'`,
    );
    if (!organisation) throw new Error('Demo reporting data needs Gemeente Voorbeeldstad');
    await manager.query(
      `INSERT INTO organisation_report_settings (organisation_id, minimum_group_size) VALUES ($1, 3)
       ON CONFLICT DO NOTHING`,
      [organisation.id],
    );
  }
}
