import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import {
  APP_CONFIG,
  type AppConfig,
  notFound,
  qrCodeDataUrl,
  validationFailed,
} from '@leerruimte/api-core';
import { AuditLog } from '@leerruimte/api-identity-data';
import { RateLimiter, selectRow } from '@leerruimte/api-infrastructure';
import {
  CHECK_IN_OPENS_MINUTES_BEFORE,
  type CheckInDisplay,
  enrolmentStates,
} from '@leerruimte/shared-contracts';
import { appPaths, link } from '@leerruimte/shared-paths';
import { checkInOpen, netMinutes } from '../planning/training-view';
import { type TeamSessionRow, teamSession } from '../planning/trainings.queries';
import { assertRegisterOpen } from '../attendance/register-lock';
import { trainingErrors } from '../trainings.errors';
import { checkInCodes, isCheckInCode, newCheckInSecret } from './check-in-codes';

/** Wrong codes per person: enough for typos, far too few to guess six digits. */
const wrongCodes = { bucket: 'check-in:user', limit: 5, windowSeconds: 600 };

/**
 * Self check-in: the trainer shows a code and a QR code in the room; a participant with a place
 * types the code or scans the QR code, logged in as themselves, and counts as present. A code
 * alone is not enough: it works only for the logged-in person it is typed by, only while the
 * session is on, for at most two minutes, and only after the trainer first showed it; each
 * check-in is in the audit log and on the trainer's live register, where it can be corrected.
 */
@Injectable()
export class CheckInService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rateLimit: RateLimiter,
    private readonly audit: AuditLog,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The trainer's screen: the current code; the first call makes the session's key. */
  async display(teamId: string, sessionId: string, now = new Date()): Promise<CheckInDisplay> {
    const session = await this.openSession(teamId, sessionId, now);
    const secret = session.check_in_secret ?? (await this.keyFor(sessionId));
    const { code, token, validUntil } = checkInCodes(secret, now);
    const url = `${this.config.http.publicUrl}${link(appPaths.checkIn, { teamId, sessionId })}?code=${token}`;
    return {
      code,
      qrCode: await qrCodeDataUrl(url),
      link: url,
      validUntil: validUntil.toISOString(),
    };
  }

  /** Checks the logged-in participant in; checking in twice changes nothing. */
  async checkIn(
    teamId: string,
    sessionId: string,
    participant: { userId: string; ip: string },
    code: string,
    now = new Date(),
  ): Promise<void> {
    await this.rateLimit.assertBelowLimit(wrongCodes, participant.userId);
    const session = await this.openSession(teamId, sessionId, now);
    if (!session.check_in_secret || !isCheckInCode(session.check_in_secret, code, now)) {
      await this.rateLimit.count(wrongCodes, participant.userId);
      throw validationFailed([trainingErrors.wrongCheckInCode('code')]);
    }
    await this.dataSource.transaction(async (manager) => {
      await assertRegisterOpen(manager, sessionId);
      const enrolment = await selectRow(
        manager,
        z.object({
          id: z.string(),
          state: z.enum(enrolmentStates),
          checked_in_at: z.date().nullable(),
        }),
        `SELECT id, state, checked_in_at FROM training_enrolment
          WHERE session_id = $1 AND user_id = $2 FOR UPDATE`,
        [sessionId, participant.userId],
      );
      if (enrolment?.checked_in_at) return;
      if (!enrolment || enrolment.state === 'waiting' || enrolment.state === 'cancelled') {
        throw trainingErrors.notBooked();
      }
      if (enrolment.state !== 'booked') throw trainingErrors.attendanceRegistered();
      await manager.query(
        `UPDATE training_enrolment
            SET state = 'attended', attended_minutes = $2, checked_in_at = $3
          WHERE id = $1`,
        [enrolment.id, netMinutes(session), now],
      );
      await manager.query(
        `INSERT INTO training_enrolment_event (enrolment_id, state, by_id) VALUES ($1, 'attended', $2)`,
        [enrolment.id, participant.userId],
      );
      await this.audit.record(manager, {
        action: 'training.checked_in',
        organisationId: session.organisation_id,
        actorId: participant.userId,
        targetUserId: participant.userId,
        teamId,
        details: { sessionId },
        ip: participant.ip,
      });
    });
  }

  /** The team's session, when checking in is possible now: 404 or 409 otherwise. */
  private async openSession(teamId: string, sessionId: string, now: Date): Promise<TeamSessionRow> {
    const session = await teamSession(this.dataSource, teamId, sessionId);
    if (!session) throw notFound();
    if (session.called_off) throw trainingErrors.calledOff();
    if (session.register_locked_at) throw trainingErrors.registerLocked();
    if (!checkInOpen(session, now)) {
      throw trainingErrors.checkInClosed(CHECK_IN_OPENS_MINUTES_BEFORE);
    }
    return session;
  }

  /** Sets the session's key once; two trainer screens opening at once get the same one. */
  private async keyFor(sessionId: string): Promise<string> {
    const row = await selectRow(
      this.dataSource,
      z.object({ check_in_secret: z.string() }),
      `UPDATE training_session SET check_in_secret = COALESCE(check_in_secret, $2)
        WHERE id = $1 RETURNING check_in_secret`,
      [sessionId, newCheckInSecret()],
    );
    if (!row) throw notFound();
    return row.check_in_secret;
  }
}
