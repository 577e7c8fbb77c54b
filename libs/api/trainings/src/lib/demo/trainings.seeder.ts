import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { DemoSeed, type DemoSeeder, selectRows } from '@leerruimte/api-infrastructure';
import type { EnrolmentState } from '@leerruimte/shared-contracts';
import { TrainingEnrolment, TrainingEnrolmentEvent } from '../enrolment/enrolment.entities';
import { TrainingEvaluation } from '../evaluation/evaluation.entities';
import { Training, TrainingSession, TrainingTrainer } from '../planning/training.entities';
import { amsterdamInstant } from '../planning/trainings.service';

// The modules that prepare for the demo's trainings, named as in content/modules.
const SNS_MODULE = 'Sociale NetwerkStrategieën';
const SPEELRUIMTE_MODULE = 'Professionele (speel)ruimte';

const personRow = z.object({ id: z.string(), email: z.string(), team_id: z.string() });

/**
 * Wijkteam Noord's training in Sociale NetwerkStrategieën: four days, two of them past and
 * attended (Joost partly on the second), two to come; and a workshop on professionele
 * (speel)ruimte next week with one place, which Joost has and Fatma waits for; a past rehearsal
 * afternoon with a follow-up question; and a morning the organisation planned for two teams.
 */
@DemoSeed({ name: 'trainings: SNS in Noord, a workshop with a waiting list', order: 60 })
@Injectable()
export class TrainingsSeeder implements DemoSeeder {
  async seed(manager: EntityManager): Promise<void> {
    const people = await selectRows(
      manager,
      personRow,
      `SELECT u.id, u.email, m.team_id FROM app_user u
         JOIN team_membership m ON m.user_id = u.id
         JOIN team t ON t.id = m.team_id
        WHERE t.name = 'Wijkteam Noord'`,
    );
    const person = (email: string) => {
      const found = people.find((row) => row.email === `${email}@voorbeeldstad.test`);
      if (!found) throw new Error(`Demo trainings need ${email} in Wijkteam Noord`);
      return found;
    };
    const samira = person('samira.elamrani');
    const fatma = person('fatma.yilmaz');
    const joost = person('joost.visser');
    const today = DateTime.now().setZone('Europe/Amsterdam').startOf('day');
    // A working day: a date that falls in a weekend moves to the Monday after.
    const day = (offset: number) => {
      const date = today.plus({ days: offset });
      return date.plus({ days: date.weekday > 5 ? 8 - date.weekday : 0 }).toISODate() as string;
    };

    const training = async (
      values: Partial<Training>,
      sessions: Array<Partial<TrainingSession>>,
      trainerAccounts: string[] = [],
    ) => {
      const saved = await manager.save(
        manager.create(Training, { teamId: samira.team_id, plannedById: samira.id, ...values }),
      );
      for (const userId of trainerAccounts) {
        await manager.insert(TrainingTrainer, { trainingId: saved.id, userId });
      }
      const ids: string[] = [];
      for (const session of sessions) {
        const date = session.date as string;
        const { identifiers } = await manager.insert(TrainingSession, {
          trainingId: saved.id,
          startsAt: amsterdamInstant(date, session.startTime as string) as Date,
          endsAt: amsterdamInstant(date, session.endTime as string) as Date,
          ...session,
        });
        ids.push(identifiers[0].id as string);
      }
      return ids;
    };
    const enrol = async (
      sessionId: string,
      userId: string,
      state: EnrolmentState,
      attendedMinutes: number | null = null,
    ) => {
      const { identifiers } = await manager.insert(TrainingEnrolment, {
        sessionId,
        userId,
        state,
        attendedMinutes,
        queuedAt: new Date(),
      });
      await manager.insert(TrainingEnrolmentEvent, {
        enrolmentId: identifiers[0].id as string,
        state,
        byId: userId,
      });
      if (state === 'booked' || state === 'attended' || state === 'partly_attended') {
        await manager.query(`UPDATE training_session SET booked = booked + 1 WHERE id = $1`, [
          sessionId,
        ]);
      }
    };

    const sessionDay = { startTime: '09:30', endTime: '16:30', breakMinutes: 30, capacity: 12 };
    const sns = await training(
      {
        title: 'Sociale NetwerkStrategieën',
        description:
          'Vier dagen over het sociale netwerk als bron van steun: op dag 1 de netwerkanalyse, op dag 2 en 3 het netwerkberaad oefenen met eigen casussen, op dag 4 terugkijken op wat je in je wijk deed.',
        trainers: ['Marieke de Boer (extern)'],
        register: 'registerplein',
        accreditationNumber: 'RP-DEMO-2026-014',
        points: '24.00',
        cancelHoursBefore: 72,
        templateSlug: 'sociale-netwerkstrategieen',
        preparationModule: { slug: 'sociale-netwerkstrategieen', title: SNS_MODULE },
        followUpQuestion:
          'Welke netwerkstrategie heb je sinds de training ingezet, en wat leverde het op?',
        followUpDays: 14,
      },
      [
        { date: day(-14), guide: 'dag-1', place: 'Wijkcentrum De Linde, zaal 2', ...sessionDay },
        {
          date: day(-7),
          guide: 'dag-2-en-3',
          place: 'Wijkcentrum De Linde, zaal 2',
          ...sessionDay,
        },
        { date: day(7), guide: 'dag-2-en-3', place: 'Wijkcentrum De Linde, zaal 2', ...sessionDay },
        { date: day(14), guide: 'dag-4', place: 'Wijkcentrum De Linde, zaal 2', ...sessionDay },
      ],
    );
    for (const userId of [fatma.id, joost.id]) {
      await enrol(sns[0], userId, 'attended', 390);
      await enrol(sns[2], userId, 'booked');
      await enrol(sns[3], userId, 'booked');
    }
    await enrol(sns[1], fatma.id, 'attended', 390);
    await enrol(sns[1], joost.id, 'partly_attended', 240);
    // The first day's register is closed: its hours are final.
    await manager.query(
      `UPDATE training_session SET register_locked_at = ends_at + interval '1 hour' WHERE id = $1`,
      [sns[0]],
    );
    // On the second day Fatma checked herself in with the code on the screen.
    await manager.query(
      `UPDATE training_enrolment e SET checked_in_at = s.starts_at - interval '5 minutes'
         FROM training_session s
        WHERE s.id = e.session_id AND e.session_id = $1 AND e.user_id = $2`,
      [sns[1], fatma.id],
    );
    // Fatma evaluated the first day; as in the app, her scores are not linked to her.
    await manager.query(
      `UPDATE training_enrolment SET evaluated = true WHERE session_id = $1 AND user_id = $2`,
      [sns[0], fatma.id],
    );
    await manager.insert(TrainingEvaluation, {
      sessionId: sns[0],
      scores: { applicable: 5, practice: 4, fit: 4, recommend: 5 },
    });

    const [workshop, calledOff] = await training(
      {
        title: 'Workshop professionele (speel)ruimte',
        description:
          'Een middag over de ruimte die je als professional neemt en krijgt, met een acteur die een cliënt speelt.',
        trainers: ['Theatergroep Spiegel (extern)'],
        cancelHoursBefore: 24,
        templateSlug: 'professionele-speelruimte',
        preparationModule: { slug: 'professionele-speelruimte', title: SPEELRUIMTE_MODULE },
      },
      [
        {
          date: day(5),
          startTime: '13:30',
          endTime: '17:00',
          breakMinutes: 15,
          place: 'Stadskantoor, kamer 4.12',
          capacity: 1,
          guide: 'workshop',
        },
        // The actor fell ill: this repeat was called off, and its one booking with it.
        {
          date: day(12),
          startTime: '13:30',
          endTime: '17:00',
          breakMinutes: 15,
          place: 'Stadskantoor, kamer 4.12',
          capacity: 1,
          guide: 'workshop',
          cancelledAt: new Date(),
        },
      ],
      [samira.id],
    );
    await enrol(workshop, joost.id, 'booked');
    await enrol(workshop, fatma.id, 'waiting');
    await enrol(calledOff, fatma.id, 'cancelled');

    // Three days ago, with its register closed: its follow-up question goes out next week (the
    // worker has reflection plan it, as for any training).
    const [rehearsal] = await training(
      {
        title: 'Oefenmiddag met een acteur',
        description:
          'Lastige gesprekken oefenen met een acteur die een bewoner speelt, met de casussen van het team.',
        trainers: ['Theatergroep Spiegel (extern)'],
        cancelHoursBefore: 24,
        followUpQuestion:
          'Wat neem je mee uit het oefenen met de acteur in je gesprekken met bewoners?',
        followUpDays: 10,
      },
      [
        {
          date: day(-3),
          startTime: '13:30',
          endTime: '17:00',
          breakMinutes: 15,
          place: 'Wijkcentrum De Linde, zaal 1',
          capacity: 8,
        },
      ],
    );
    await enrol(rehearsal, fatma.id, 'attended', 195);
    await enrol(rehearsal, joost.id, 'attended', 195);
    await manager.query(
      `UPDATE training_session SET register_locked_at = ends_at + interval '1 hour' WHERE id = $1`,
      [rehearsal],
    );

    // Anouk, who manages the organisation, planned a morning for Noord and Oost, six places each.
    const [planner] = await selectRows(
      manager,
      z.object({ id: z.string(), oost: z.string() }),
      `SELECT u.id, (SELECT id FROM team WHERE name = 'Wijkteam Oost') AS oost
         FROM app_user u WHERE u.email = 'anouk.debruijn@voorbeeldstad.test'`,
    );
    const organisationPlanId = randomUUID();
    const forTeams: string[] = [];
    for (const teamId of [samira.team_id, planner.oost]) {
      const [session] = await training(
        {
          teamId,
          plannedById: planner.id,
          organisationPlanId,
          title: 'De beroepscode in de praktijk',
          description:
            'Een ochtend met dilemma’s uit het eigen werk, besproken aan de hand van de beroepscode voor sociaal werkers.',
          trainers: ['Karin Smit (extern)'],
          cancelHoursBefore: 48,
        },
        [
          {
            date: day(21),
            startTime: '09:30',
            endTime: '12:30',
            place: 'Stadskantoor, zaal 1',
            capacity: 6,
          },
        ],
      );
      forTeams.push(session);
    }
    await enrol(forTeams[0], fatma.id, 'booked');
  }
}
