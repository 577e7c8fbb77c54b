import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { DemoSeed, type DemoSeeder, selectRows } from '@leerruimte/api-infrastructure';
import { Experiment, ExperimentParticipant } from '../experiments/experiment.entities';
import { WhyQuestion, WhyVote } from '../why-questions/why-question.entities';

const personRow = z.object({ id: z.string(), email: z.string(), team_id: z.string() });

/**
 * An experiment in Wijkteam Noord that waits for Samira's evaluation, and a why-question on
 * Wijkteam Oost's agenda. Centrum's board stays empty: the board's end-to-end story starts
 * there. A seeder of its own, so databases seeded before Vandaag get it too.
 */
@DemoSeed({ name: 'board: an evaluation and an agenda for Vandaag', order: 45 })
@Injectable()
export class BoardAgendaSeeder implements DemoSeeder {
  async seed(manager: EntityManager): Promise<void> {
    const people = await selectRows(
      manager,
      personRow,
      `SELECT u.id, u.email, m.team_id FROM app_user u
         JOIN team_membership m ON m.user_id = u.id
         JOIN team t ON t.id = m.team_id
        WHERE t.name IN ('Wijkteam Noord', 'Wijkteam Oost')`,
    );
    const person = (email: string) => {
      const found = people.find((row) => row.email === email);
      if (!found) throw new Error(`Demo board data needs ${email} in Noord or Oost`);
      return found;
    };
    const joost = person('joost.visser@voorbeeldstad.test');
    const fatma = person('fatma.yilmaz@voorbeeldstad.test');
    const daan = person('daan.jansen@voorbeeldstad.test');
    const esther = person('esther.mulder@voorbeeldstad.test');
    const today = DateTime.now().setZone('Europe/Amsterdam').startOf('day');
    const daysAgo = (days: number) => today.minus({ days }).set({ hour: 11 }).toJSDate();

    const { identifiers } = await manager.insert(Experiment, {
      teamId: joost.team_id,
      authorId: joost.id,
      title: 'De huisarts bellen bij de eerste zorg',
      theme: 'samenwerking',
      situation: 'We bellen de huisarts pas als het al misgaat.',
      intendedEffect: 'Eerder samen kijken, minder crisismeldingen.',
      whatWeTry: 'Bij elke nieuwe melding met zorgen over gezondheid bellen we binnen een week.',
      prediction: 'Na vier weken hebben we bij minstens de helft van die meldingen gebeld.',
      howWeKnow: 'We turven per melding of en wanneer we belden.',
      measureName: 'Meldingen met een telefoontje naar de huisarts',
      roles: 'Joost houdt de turflijst bij; Fatma belt mee in haar wijk.',
      startDate: today.minus({ days: 35 }).toISODate() as string,
      endDate: today.minus({ days: 4 }).toISODate() as string,
      status: 'evaluating',
      statusChangedAt: daysAgo(3),
      createdAt: daysAgo(38),
    });
    const experimentId = identifiers[0].id as string;
    await manager.insert(ExperimentParticipant, [
      { experimentId, userId: joost.id },
      { experimentId, userId: fatma.id },
    ]);

    const { identifiers: questions } = await manager.insert(WhyQuestion, {
      teamId: esther.team_id,
      authorId: esther.id,
      question: 'Waarom plannen we elk gesprek met school pas na de zomer?',
      theme: 'samenwerking',
      status: 'on_agenda',
      onAgendaAt: daysAgo(1),
      createdAt: daysAgo(6),
    });
    await manager.insert(WhyVote, { questionId: questions[0].id as string, userId: daan.id });
  }
}
