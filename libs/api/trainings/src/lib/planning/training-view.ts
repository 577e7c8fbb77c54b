import {
  CHECK_IN_OPENS_MINUTES_BEFORE,
  type Training,
  type TrainingSession,
  minutesOfDay,
} from '@leerruimte/shared-contracts';
import type { SessionRow, TrainingRow } from './trainings.queries';

const HOUR_MS = 60 * 60 * 1000;

/** A session's length without its break: what attending all of it counts for. */
export function netMinutes(session: {
  start_time: string;
  end_time: string;
  break_minutes: number;
}): number {
  return minutesOfDay(session.end_time) - minutesOfDay(session.start_time) - session.break_minutes;
}

/** Until when a participant may cancel themselves: the training's deadline, or the start when waiting. */
export function cancelUntil(
  state: 'booked' | 'waiting',
  startsAt: Date,
  cancelHoursBefore: number,
): Date {
  return state === 'waiting'
    ? startsAt
    : new Date(startsAt.getTime() - cancelHoursBefore * HOUR_MS);
}

/**
 * The waiting list moves by itself until the training's cancel deadline: who moves up later
 * could not cancel themselves any more. After it the lead gives a freed place by hand.
 */
export function waitingListClosed(
  session: { starts_at: Date; cancel_hours_before: number },
  now: Date,
): boolean {
  return cancelUntil('booked', session.starts_at, session.cancel_hours_before) <= now;
}

/** Self check-in: from half an hour before the start until the end, when someone can be in the room. */
export function checkInOpen(session: { starts_at: Date; ends_at: Date }, now: Date): boolean {
  const opens = session.starts_at.getTime() - CHECK_IN_OPENS_MINUTES_BEFORE * 60_000;
  return opens <= now.getTime() && now < session.ends_at;
}

export function sessionView(row: SessionRow, training: TrainingRow, now: Date): TrainingSession {
  const state = row.my_state;
  // A request can be withdrawn until the start, like a place in the queue.
  const until =
    state === 'booked' || state === 'waiting' || state === 'requested'
      ? cancelUntil(
          state === 'booked' ? 'booked' : 'waiting',
          row.starts_at,
          training.cancel_hours_before,
        )
      : null;
  return {
    id: row.id,
    date: row.date,
    startTime: row.start_time,
    endTime: row.end_time,
    breakMinutes: row.break_minutes,
    netMinutes: netMinutes(row),
    place: row.place,
    onlineUrl: row.online_url,
    capacity: row.capacity,
    booked: row.booked,
    waiting: row.waiting,
    started: row.starts_at <= now,
    calledOff: row.called_off,
    waitingListMovesUntil: cancelUntil(
      'booked',
      row.starts_at,
      training.cancel_hours_before,
    ).toISOString(),
    guide: row.guide,
    checkInOpen: !row.called_off && !row.register_locked && checkInOpen(row, now),
    mine: state && {
      state,
      queuePlace: row.queue_place,
      attendedMinutes: row.my_minutes,
      cancelUntil: until && until > now ? until.toISOString() : null,
      evaluated: row.my_evaluated ?? false,
      checkedIn: row.my_checked_in ?? false,
    },
  };
}

export function trainingView(training: TrainingRow, sessions: SessionRow[], now: Date): Training {
  return {
    id: training.id,
    teamId: training.team_id,
    title: training.title,
    description: training.description,
    trainers: [...training.trainer_names, ...training.trainers],
    youTrain: training.you_train,
    accreditation:
      training.register && training.accreditation_number && training.points !== null
        ? {
            register: training.register,
            number: training.accreditation_number,
            points: training.points,
          }
        : null,
    cancelHoursBefore: training.cancel_hours_before,
    selfEnrolment: training.self_enrolment,
    requiresApproval: training.requires_approval,
    templateSlug: training.template_slug,
    preparationModule: training.preparation_module,
    followUpModule: training.follow_up_module,
    followUp:
      training.follow_up_question && training.follow_up_days && training.follow_up_date
        ? {
            question: training.follow_up_question,
            daysAfter: training.follow_up_days,
            date: training.follow_up_date,
          }
        : null,
    sessions: sessions
      .filter((session) => session.training_id === training.id)
      .map((session) => sessionView(session, training, now)),
  };
}
