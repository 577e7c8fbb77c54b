import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { type FieldProblem, notFound, validationFailed } from '@leerruimte/api-core';
import { selectRow, selectRows } from '@leerruimte/api-infrastructure';
import {
  type AttendanceMark,
  type AttendanceRequest,
  type EnrolmentState,
  type SessionRegister,
  enrolmentStates,
} from '@leerruimte/shared-contracts';
import { netMinutes, sessionView } from '../planning/training-view';
import { sessionsOf, teamSession, trainingsOf } from '../planning/trainings.queries';
import { trainingErrors } from '../trainings.errors';
import { assertRegisterOpen } from './register-lock';

const stateOf: Record<AttendanceMark, EnrolmentState> = {
  present: 'attended',
  partly: 'partly_attended',
  excused: 'excused',
  absent: 'no_show',
};

/** Who was booked, or has been marked already: those whose attendance can be registered. */
const markable = new Set<EnrolmentState>([
  'booked',
  'attended',
  'partly_attended',
  'excused',
  'no_show',
]);

const participantRow = z.object({
  enrolment_id: z.string(),
  user_id: z.string(),
  name: z.string(),
  state: z.enum(enrolmentStates),
  attended_minutes: z.number().nullable(),
  queue_place: z.number().nullable(),
  checked_in_at: z.date().nullable(),
});

/**
 * A session's register: the trainer or team lead marks who was there, from the session's
 * start. Attended minutes are stored per enrolment (net of the break), so registering again
 * corrects them and never counts them twice.
 */
@Injectable()
export class AttendanceService {
  constructor(private readonly dataSource: DataSource) {}

  async register(
    teamId: string,
    sessionId: string,
    viewerId: string,
    now = new Date(),
  ): Promise<SessionRegister> {
    const session = await this.session(teamId, sessionId);
    const [training] = await trainingsOf(this.dataSource, teamId, viewerId, session.training_id);
    const [row] = (await sessionsOf(this.dataSource, [training.id], viewerId)).filter(
      (candidate) => candidate.id === sessionId,
    );
    const participants = await this.participants(sessionId);
    return {
      session: sessionView(row, training, now),
      trainingTitle: training.title,
      lockedAt: session.register_locked_at?.toISOString() ?? null,
      participants: participants.map((participant) => ({
        userId: participant.user_id,
        name: participant.name,
        state: participant.state,
        queuePlace: participant.queue_place,
        attendedMinutes: participant.attended_minutes,
        checkedInAt: participant.checked_in_at?.toISOString() ?? null,
      })),
    };
  }

  async record(
    teamId: string,
    sessionId: string,
    request: AttendanceRequest,
    byId: string,
    now = new Date(),
  ): Promise<SessionRegister> {
    const session = await this.markableSession(teamId, sessionId, now);
    if (session.register_locked_at) throw trainingErrors.registerLocked();
    const net = netMinutes(session);
    const participants = new Map(
      (await this.participants(sessionId)).map((participant) => [participant.user_id, participant]),
    );
    const problems: FieldProblem[] = request.entries.flatMap((entry, index) => {
      const participant = participants.get(entry.userId);
      if (!participant || !markable.has(participant.state)) {
        return [trainingErrors.notEnrolled(`entries.${index}.userId`)];
      }
      if (entry.minutes !== undefined && entry.minutes > net) {
        return [trainingErrors.moreThanTheSession(`entries.${index}.minutes`, net)];
      }
      return [];
    });
    if (problems.length > 0) throw validationFailed(problems);
    await this.dataSource.transaction(async (manager) => {
      await assertRegisterOpen(manager, sessionId);
      for (const entry of request.entries) {
        const participant = participants.get(entry.userId);
        if (!participant) continue;
        const state = stateOf[entry.mark];
        const minutes =
          entry.mark === 'present' ? net : entry.mark === 'partly' ? (entry.minutes ?? 0) : 0;
        await manager.query(
          `UPDATE training_enrolment SET state = $2, attended_minutes = $3 WHERE id = $1`,
          [participant.enrolment_id, state, minutes],
        );
        if (state !== participant.state) {
          await manager.query(
            `INSERT INTO training_enrolment_event (enrolment_id, state, by_id) VALUES ($1, $2, $3)`,
            [participant.enrolment_id, state, byId],
          );
        }
      }
    });
    return this.register(teamId, sessionId, byId, now);
  }

  /**
   * Closes the register once everyone with a place is marked: from then on the hours it gives
   * are final, and nobody checks in or is marked any more.
   */
  async lock(
    teamId: string,
    sessionId: string,
    byId: string,
    now = new Date(),
  ): Promise<SessionRegister> {
    const session = await this.markableSession(teamId, sessionId, now);
    if (!session.register_locked_at) {
      await this.dataSource.transaction(async (manager) => {
        await assertRegisterOpen(manager, sessionId);
        const unmarked = await selectRow(
          manager,
          z.object({ count: z.number() }),
          `SELECT count(*)::int AS count FROM training_enrolment
            WHERE session_id = $1 AND state = 'booked'`,
          [sessionId],
        );
        if (unmarked && unmarked.count > 0) {
          throw trainingErrors.unmarkedParticipants(unmarked.count);
        }
        await manager.query(`UPDATE training_session SET register_locked_at = $2 WHERE id = $1`, [
          sessionId,
          now,
        ]);
      });
    }
    return this.register(teamId, sessionId, byId, now);
  }

  private async session(teamId: string, sessionId: string) {
    const session = await teamSession(this.dataSource, teamId, sessionId);
    if (!session) throw notFound();
    return session;
  }

  /** A register is kept from the session's start, unless it was called off. */
  private async markableSession(teamId: string, sessionId: string, now: Date) {
    const session = await this.session(teamId, sessionId);
    if (session.called_off) throw trainingErrors.calledOff();
    if (session.starts_at > now) throw trainingErrors.notStarted();
    return session;
  }

  /** Everyone enrolled, waiting or marked, booked first, then the queue in order. */
  private participants(sessionId: string) {
    return selectRows(
      this.dataSource,
      participantRow,
      `SELECT e.id AS enrolment_id, e.user_id, u.name, e.state, e.attended_minutes, e.checked_in_at,
              CASE WHEN e.state = 'waiting' THEN
                row_number() OVER (PARTITION BY e.state = 'waiting' ORDER BY e.queued_at, e.id)::int
              END AS queue_place
         FROM training_enrolment e JOIN app_user u ON u.id = e.user_id
        WHERE e.session_id = $1 AND e.state <> 'cancelled'
        ORDER BY e.state = 'waiting', e.queued_at, e.id`,
      [sessionId],
    );
  }
}
