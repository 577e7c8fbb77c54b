import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { DemoSeed, type DemoSeeder, selectRow } from '@leerruimte/api-infrastructure';
import { TeamCard } from '../cards/team-card.entity';

const person = (manager: EntityManager, email: string) =>
  selectRow(manager, z.object({ id: z.string() }), 'SELECT id FROM app_user WHERE email = $1', [
    email,
  ]);

/**
 * Wijkteam Noord's own cards, as "De volgende stap" invites: one its lead approved, and one a
 * member wrote that waits for her approval.
 */
@DemoSeed({ name: 'learning: own cards of Wijkteam Noord', order: 37 })
@Injectable()
export class TeamCardsSeeder implements DemoSeeder {
  async seed(manager: EntityManager): Promise<void> {
    const team = await selectRow(
      manager,
      z.object({ id: z.string() }),
      `SELECT id FROM team WHERE name = 'Wijkteam Noord'`,
    );
    const samira = await person(manager, 'samira.elamrani@voorbeeldstad.test');
    const joost = await person(manager, 'joost.visser@voorbeeldstad.test');
    if (!team || !samira || !joost) {
      throw new Error('The demo cards need Wijkteam Noord with Samira and Joost');
    }
    const approvedAt = new Date(Date.now() - 5 * 24 * 3_600_000);
    await manager.insert(TeamCard, [
      {
        teamId: team.id,
        slug: 'eigen-wie-woont-er-om-de-hoek-noord',
        authorId: samira.id,
        title: 'Wie woont er om de hoek?',
        question: 'Wie in de straat of de flat kent deze inwoner al, en hebben we die gesproken?',
        task: 'Noem samen drie mensen uit de buurt die mee kunnen denken, voordat je hulp inzet.',
        theme: 'samenwerking',
        moments: ['bij een eerste huisbezoek', 'voor een indicatiebesluit'],
        status: 'approved',
        approvedById: samira.id,
        approvedAt,
      },
      {
        teamId: team.id,
        slug: 'eigen-eerst-de-vraag-noord',
        authorId: joost.id,
        title: 'Eerst de vraag',
        question:
          'Wat vroeg de inwoner zelf, in haar eigen woorden, voordat wij een oplossing noemden?',
        theme: 'eigen-handelen',
        moments: ['na een intakegesprek', 'bij het schrijven van een verslag'],
        status: 'proposed',
      },
    ]);
  }
}
