// Test data factories, imported as '@leerruimte/api-trainings/testing' by tests only.
import type { DataSource } from 'typeorm';
import { insertRow } from '@leerruimte/api-infrastructure/testing';
import { TrainingEnrolment } from './lib/enrolment/enrolment.entities';
import { Training, TrainingSession } from './lib/planning/training.entities';

/** A team's training with one session of three hours, far in the future unless told. */
export function trainingFactories(db: DataSource) {
  return {
    training: (teamId: string, values: Partial<Training> = {}) =>
      insertRow(db, Training, { teamId, title: 'Training', trainers: ['Trainer'], ...values }),
    session: (trainingId: string, values: Partial<TrainingSession> = {}) =>
      insertRow(db, TrainingSession, {
        trainingId,
        date: '2099-01-05',
        startTime: '09:00',
        endTime: '12:00',
        startsAt: new Date('2099-01-05T08:00:00Z'),
        endsAt: new Date('2099-01-05T11:00:00Z'),
        place: 'Zaal',
        capacity: 8,
        ...values,
      }),
    /** Someone's place in a session, booked unless told (e.g. attended, with minutes). */
    enrolment: (sessionId: string, userId: string, values: Partial<TrainingEnrolment> = {}) =>
      insertRow(db, TrainingEnrolment, {
        sessionId,
        userId,
        state: 'booked',
        queuedAt: new Date(),
        ...values,
      }),
  };
}
