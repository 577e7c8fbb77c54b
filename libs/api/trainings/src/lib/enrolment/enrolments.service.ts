import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod';
import { notFound, notInTeam, validationFailed } from '@leerruimte/api-core';
import { exists, selectRow, selectRows } from '@leerruimte/api-infrastructure';
import { Notifier } from '@leerruimte/api-notifications';
import {
  type EnrolmentState,
  type NotificationContent,
  enrolmentStates,
  type sessionChangeRequestSchema,
} from '@leerruimte/shared-contracts';
import { SessionInvitations } from '../invitations/session-invitations';
import { cancelUntil, waitingListClosed } from '../planning/training-view';
import { amsterdamInstant } from '../planning/trainings.service';
import { trainingErrors } from '../trainings.errors';

const lockedSessionRow = z.object({
  id: z.string(),
  capacity: z.number(),
  booked: z.number(),
  starts_at: z.date(),
  cancelled_at: z.date().nullable(),
  cancel_hours_before: z.number(),
  self_enrolment: z.boolean(),
  requires_approval: z.boolean(),
});
export type LockedSession = z.infer<typeof lockedSessionRow>;

const enrolmentRow = z.object({ id: z.string(), state: z.enum(enrolmentStates) });

/**
 * Enrolling, cancelling and the waiting list. Every change locks its session's row first, so
 * changes to one session happen one after another: the booked count and the queue are read
 * and written in one transaction, and the check on `booked <= capacity` holds regardless.
 * First come, first served: nobody books while someone waits, and a freed place goes to the
 * first in line in the same transaction that freed it.
 */
@Injectable()
export class EnrolmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly invitations: SessionInvitations,
    private readonly notifier: Notifier,
  ) {}

  /**
   * Enrols a member: a place when one is free and nobody waits, else the end of the queue. The
   * team lead (`asLead`) enrols anyone of the team; a member enrols themselves only where the
   * training allows it. After the cut-off the queue no longer moves by itself, and the lead
   * gives a free place to whom they choose, also to someone waiting.
   */
  async enrol(
    teamId: string,
    sessionId: string,
    userId: string,
    byId: string,
    { asLead = false, now = new Date() } = {},
  ): Promise<void> {
    if (
      userId !== byId &&
      !(await exists(
        this.dataSource,
        `SELECT 1 FROM team_membership WHERE team_id = $1 AND user_id = $2`,
        [teamId, userId],
      ))
    ) {
      throw validationFailed([notInTeam('userId')]);
    }
    const requests: Array<{ leadIds: string[]; content: NotificationContent }> = [];
    const mails = await this.dataSource.transaction(async (manager) => {
      const session = await this.lock(manager, teamId, sessionId);
      if (session.starts_at <= now) throw trainingErrors.started();
      if (!asLead && !session.self_enrolment) throw trainingErrors.enrolledByLead();
      const existing = await selectRow(
        manager,
        enrolmentRow,
        `SELECT id, state FROM training_enrolment WHERE session_id = $1 AND user_id = $2`,
        [sessionId, userId],
      );
      if (existing?.state === 'booked') return [];
      // After the cut-off the queue stands still and the lead gives a free place by hand.
      const leadAllocates = asLead && waitingListClosed(session, now);
      if (existing?.state === 'waiting') {
        return leadAllocates && session.booked < session.capacity
          ? this.book(manager, session, [existing.id], byId, now)
          : [];
      }
      // A request stands until the lead decides; the lead's enrolment of it approves it.
      if (existing?.state === 'requested' && !asLead) return [];
      if (existing && existing.state !== 'cancelled' && existing.state !== 'requested') {
        throw trainingErrors.attendanceRegistered();
      }
      const waiting = await selectRow(
        manager,
        z.object({ count: z.number() }),
        `SELECT count(*)::int AS count FROM training_enrolment
          WHERE session_id = $1 AND state = 'waiting'`,
        [sessionId],
      );
      // An approved request joins the queue at its approval, not at the asking.
      const state: EnrolmentState =
        !asLead && session.requires_approval
          ? 'requested'
          : session.booked < session.capacity && (waiting?.count === 0 || leadAllocates)
            ? 'booked'
            : 'waiting';
      const [enrolment] = await selectRows(
        manager,
        z.object({ id: z.string() }),
        `INSERT INTO training_enrolment (session_id, user_id, state, queued_at, attended_minutes)
         VALUES ($1, $2, $3, clock_timestamp(), NULL)
         ON CONFLICT (session_id, user_id) DO UPDATE
           SET state = EXCLUDED.state, queued_at = EXCLUDED.queued_at, attended_minutes = NULL,
               reminded_at = NULL
         RETURNING id`,
        [sessionId, userId, state],
      );
      await this.record(manager, [enrolment.id], state, byId);
      if (state === 'requested') {
        requests.push(await this.tellLeads(manager, teamId, sessionId, userId));
      }
      // Waiting or a request gets no invitation: the calendar would hold a place not there.
      if (state !== 'booked') return [];
      await manager.query(`UPDATE training_session SET booked = booked + 1 WHERE id = $1`, [
        sessionId,
      ]);
      return this.invitations.store(manager, [enrolment.id], 'booked', now);
    });
    await this.invitations.dispatch(mails);
    for (const { leadIds, content } of requests) {
      await this.notifier.announce(leadIds);
      await this.notifier.mailEach(leadIds, content);
    }
  }

  /** A request waits for the team's leads: they are told, with the same commit. */
  private async tellLeads(
    manager: EntityManager,
    teamId: string,
    sessionId: string,
    userId: string,
  ): Promise<{ leadIds: string[]; content: NotificationContent }> {
    const request = await selectRow(
      manager,
      z.object({
        title: z.string(),
        date: z.string(),
        team_name: z.string(),
        requested_by: z.string(),
        lead_ids: z.array(z.string()),
      }),
      `SELECT t.title, to_char(s.date, 'YYYY-MM-DD') AS date, tm.name AS team_name,
              u.name AS requested_by,
              array(SELECT user_id FROM team_membership
                     WHERE team_id = tm.id AND role = 'team_lead' AND user_id <> u.id) AS lead_ids
         FROM training_session s
         JOIN training t ON t.id = s.training_id
         JOIN team tm ON tm.id = t.team_id
         JOIN app_user u ON u.id = $3
        WHERE s.id = $2 AND tm.id = $1`,
      [teamId, sessionId, userId],
    );
    // The session was just locked in this team, and the person enrols: both exist.
    if (!request) throw notFound();
    const content: NotificationContent = {
      kind: 'training_requested',
      teamId,
      sessionId,
      trainingTitle: request.title,
      date: request.date,
      teamName: request.team_name,
      requestedBy: request.requested_by,
    };
    await this.notifier.notify(request.lead_ids, content, manager);
    return { leadIds: request.lead_ids, content };
  }

  /**
   * Cancels a place, a place in the queue or a request (the lead's cancel of a request declines
   * it). A participant may cancel a booked place until the training's deadline; the team lead
   * (`asLead`) until the start. The freed place goes to the first in line at once.
   */
  async cancel(
    teamId: string,
    sessionId: string,
    userId: string,
    byId: string,
    { asLead = false, now = new Date() } = {},
  ): Promise<void> {
    const mails = await this.dataSource.transaction(async (manager) => {
      const session = await this.lock(manager, teamId, sessionId);
      if (session.starts_at <= now) throw trainingErrors.started();
      const enrolment = await selectRow(
        manager,
        enrolmentRow,
        `SELECT id, state FROM training_enrolment
          WHERE session_id = $1 AND user_id = $2 AND state IN ('booked', 'waiting', 'requested')`,
        [sessionId, userId],
      );
      if (!enrolment) throw trainingErrors.notEnrolledHere();
      if (
        !asLead &&
        enrolment.state === 'booked' &&
        cancelUntil('booked', session.starts_at, session.cancel_hours_before) <= now
      ) {
        throw trainingErrors.cancelDeadlinePassed(session.cancel_hours_before);
      }
      await manager.query(`UPDATE training_enrolment SET state = 'cancelled' WHERE id = $1`, [
        enrolment.id,
      ]);
      await this.record(manager, [enrolment.id], 'cancelled', byId);
      if (enrolment.state !== 'booked') return [];
      await manager.query(`UPDATE training_session SET booked = booked - 1 WHERE id = $1`, [
        sessionId,
      ]);
      return [
        ...(await this.invitations.store(manager, [enrolment.id], 'cancelled', now)),
        ...(await this.moveUp(manager, { ...session, booked: session.booked - 1 }, now)),
      ];
    });
    await this.invitations.dispatch(mails);
  }

  /** A new capacity: never below who is booked; a larger one moves up the first in line. */
  async setCapacity(
    teamId: string,
    sessionId: string,
    capacity: number,
    now = new Date(),
  ): Promise<void> {
    const mails = await this.dataSource.transaction(async (manager) => {
      const session = await this.lock(manager, teamId, sessionId);
      if (capacity < session.booked) throw trainingErrors.capacityBelowBooked(session.booked);
      await manager.query(`UPDATE training_session SET capacity = $2 WHERE id = $1`, [
        sessionId,
        capacity,
      ]);
      return session.starts_at > now ? this.moveUp(manager, { ...session, capacity }, now) : [];
    });
    await this.invitations.dispatch(mails);
  }

  /**
   * Moves or changes a session that has not begun: everyone with a place gets an updated
   * invitation (the same UID, a higher SEQUENCE), so their calendar moves it too.
   */
  async change(
    teamId: string,
    sessionId: string,
    change: z.output<typeof sessionChangeRequestSchema>,
    now = new Date(),
  ): Promise<void> {
    const startsAt = amsterdamInstant(change.date, change.startTime);
    const endsAt = amsterdamInstant(change.date, change.endTime);
    const problems = [
      ...(startsAt ? [] : [trainingErrors.noSuchTime('startTime')]),
      ...(endsAt ? [] : [trainingErrors.noSuchTime('endTime')]),
      ...(startsAt && startsAt <= now ? [trainingErrors.inThePast('date')] : []),
    ];
    if (problems.length > 0) throw validationFailed(problems);
    const mails = await this.dataSource.transaction(async (manager) => {
      const session = await this.lock(manager, teamId, sessionId);
      if (session.starts_at <= now) throw trainingErrors.started();
      await manager.query(
        `UPDATE training_session
            SET date = $2, start_time = $3, end_time = $4, starts_at = $5, ends_at = $6,
                break_minutes = $7, place = $8, online_url = $9
          WHERE id = $1`,
        [
          sessionId,
          change.date,
          change.startTime,
          change.endTime,
          startsAt,
          endsAt,
          change.breakMinutes,
          change.place,
          change.onlineUrl ?? null,
        ],
      );
      // A moved session is a new day to be reminded of.
      const booked = await selectRows(
        manager,
        z.object({ id: z.string() }),
        `UPDATE training_enrolment SET reminded_at = NULL
          WHERE session_id = $1 AND state = 'booked' RETURNING id`,
        [sessionId],
      );
      return this.invitations.store(
        manager,
        booked.map((row) => row.id),
        'changed',
        now,
      );
    });
    await this.invitations.dispatch(mails);
  }

  /**
   * Calls a session off before it starts. Every place and place in the queue ends, with who did
   * it in each history, and everyone is told; who had the appointment gets its cancellation for
   * their calendar. The session stays, marked, so people see what happened to it.
   */
  async callOff(teamId: string, sessionId: string, byId: string, now = new Date()): Promise<void> {
    const mails = await this.dataSource.transaction(async (manager) => {
      const session = await this.lock(manager, teamId, sessionId);
      if (session.starts_at <= now) throw trainingErrors.started();
      await manager.query(
        `UPDATE training_session SET cancelled_at = $2, booked = 0 WHERE id = $1`,
        [sessionId, now],
      );
      const ended = await selectRows(
        manager,
        z.object({ id: z.string() }),
        `UPDATE training_enrolment SET state = 'cancelled'
          WHERE session_id = $1 AND state IN ('booked', 'waiting', 'requested') RETURNING id`,
        [sessionId],
      );
      const ids = ended.map((row) => row.id);
      if (ids.length > 0) await this.record(manager, ids, 'cancelled', byId);
      return this.invitations.store(manager, ids, 'called_off', now);
    });
    await this.invitations.dispatch(mails);
  }

  /**
   * The session's row, locked until the transaction ends; 404 when it is not the team's, 409
   * when it was called off (nothing changes on it any more).
   */
  private async lock(manager: EntityManager, teamId: string, sessionId: string) {
    const session = await selectRow(
      manager,
      lockedSessionRow,
      `SELECT s.id, s.capacity, s.booked, s.starts_at, s.cancelled_at, t.cancel_hours_before,
              t.self_enrolment, t.requires_approval
         FROM training_session s JOIN training t ON t.id = s.training_id
        WHERE s.id = $1 AND t.team_id = $2
          FOR UPDATE OF s`,
      [sessionId, teamId],
    );
    if (!session) throw notFound();
    if (session.cancelled_at) throw trainingErrors.calledOff();
    return session;
  }

  /**
   * Books the first in line for every free place; the mails that tell them, to dispatch. Not
   * after the cut-off: who moved up then could no longer cancel themselves.
   */
  private async moveUp(
    manager: EntityManager,
    session: LockedSession,
    now: Date,
  ): Promise<string[]> {
    const free = session.capacity - session.booked;
    if (free <= 0 || waitingListClosed(session, now)) return [];
    const promoted = await selectRows(
      manager,
      z.object({ id: z.string() }),
      `UPDATE training_enrolment SET state = 'booked'
        WHERE id IN (SELECT id FROM training_enrolment
                      WHERE session_id = $1 AND state = 'waiting'
                      ORDER BY queued_at, id LIMIT $2)
        RETURNING id`,
      [session.id, free],
    );
    if (promoted.length === 0) return [];
    await manager.query(`UPDATE training_session SET booked = booked + $2 WHERE id = $1`, [
      session.id,
      promoted.length,
    ]);
    const ids = promoted.map((row) => row.id);
    await this.record(manager, ids, 'booked', null);
    return this.invitations.store(manager, ids, 'moved_up', now);
  }

  /** The lead gives places to these waiting enrolments; the mails that tell them, to dispatch. */
  private async book(
    manager: EntityManager,
    session: LockedSession,
    enrolmentIds: string[],
    byId: string,
    now: Date,
  ): Promise<string[]> {
    await manager.query(`UPDATE training_enrolment SET state = 'booked' WHERE id = ANY($1)`, [
      enrolmentIds,
    ]);
    await manager.query(`UPDATE training_session SET booked = booked + $2 WHERE id = $1`, [
      session.id,
      enrolmentIds.length,
    ]);
    await this.record(manager, enrolmentIds, 'booked', byId);
    return this.invitations.store(manager, enrolmentIds, 'moved_up', now);
  }

  private async record(
    manager: EntityManager,
    enrolmentIds: string[],
    state: EnrolmentState,
    byId: string | null,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO training_enrolment_event (enrolment_id, state, by_id)
       SELECT unnest($1::uuid[]), $2, $3`,
      [enrolmentIds, state, byId],
    );
  }
}
