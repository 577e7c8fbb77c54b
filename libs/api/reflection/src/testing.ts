// Test data factories, imported as '@leerruimte/api-reflection/testing' by tests only.
import type { DataSource } from 'typeorm';
import type { MomentSchedule } from '@leerruimte/shared-contracts';
import { insertRow } from '@leerruimte/api-infrastructure/testing';
import {
  ReflectionAnswer,
  ReflectionDelivery,
  ReflectionMoment,
  ReflectionOccurrence,
} from './lib/moments/moment.entities';

const HOUR = 3_600_000;

/** Reflection moments, the questions that went out, and answers. */
export function reflectionFactories(db: DataSource) {
  return {
    /** An active moment asked once, today at 10:00 (Amsterdam), unless the test says otherwise. */
    moment: (
      teamId: string,
      values: Partial<Omit<ReflectionMoment, 'schedule'>> & {
        schedule?: Partial<MomentSchedule>;
      } = {},
    ) =>
      insertRow(db, ReflectionMoment, {
        teamId,
        question: 'Wat leerde je vandaag?',
        openDays: 3,
        reminderDays: [],
        status: 'active',
        ...values,
        schedule: {
          timeZone: 'Europe/Amsterdam',
          time: '10:00',
          startDate: new Date().toISOString().slice(0, 10),
          recurrence: { kind: 'once' },
          workingDays: [1, 2, 3, 4, 5, 6, 7],
          ...values.schedule,
        },
      }),
    /** A question that went out at `deliveredAt` to the recipients, open for `openHours`. */
    occurrence: async (
      momentId: string,
      recipients: readonly string[],
      { deliveredAt = new Date(), openHours = 72, question = 'Wat leerde je vandaag?' } = {},
    ) => {
      const occurrenceId = await insertRow(db, ReflectionOccurrence, {
        momentId,
        plannedAt: deliveredAt,
        deliveredAt,
        closesAt: new Date(deliveredAt.getTime() + openHours * HOUR),
        question,
      });
      for (const userId of recipients) {
        await insertRow(db, ReflectionDelivery, { occurrenceId, userId, channel: 'in_app' });
      }
      return occurrenceId;
    },
    answer: (occurrenceId: string, userId: string, answer = 'Dat luisteren helpt.') =>
      insertRow(db, ReflectionAnswer, { occurrenceId, userId, answer, shared: false }),
  };
}
