import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { DemoSeed, type DemoSeeder, selectRow } from '@leerruimte/api-infrastructure';
import { WerkbegeleidingMeeting } from './werkbegeleiding.entity';

/** Fatma's werkbegeleiding of the last two months, so her leerverslag shows some. */
@DemoSeed({ name: 'learning: werkbegeleiding of Fatma', order: 63 })
@Injectable()
export class WerkbegeleidingSeeder implements DemoSeeder {
  async seed(manager: EntityManager): Promise<void> {
    const fatma = await selectRow(
      manager,
      z.object({ id: z.string() }),
      `SELECT id FROM app_user WHERE email = 'fatma.yilmaz@voorbeeldstad.test'`,
    );
    if (!fatma) throw new Error('Demo werkbegeleiding needs Fatma Yilmaz');
    const daysAgo = (days: number) =>
      DateTime.now().setZone('Europe/Amsterdam').minus({ days }).toISODate() as string;
    await manager.insert(WerkbegeleidingMeeting, [
      {
        userId: fatma.id,
        heldOn: daysAgo(40),
        minutes: 60,
        supervisor: 'Hanneke Smit',
        topic: 'Eigen regie laten bij een vastgelopen hulpvraag',
      },
      {
        userId: fatma.id,
        heldOn: daysAgo(12),
        minutes: 45,
        supervisor: 'Hanneke Smit',
        topic: 'Grenzen stellen na een boos gesprek',
      },
    ]);
  }
}
