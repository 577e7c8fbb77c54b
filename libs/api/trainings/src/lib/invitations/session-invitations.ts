import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { APP_CONFIG, type AppConfig, trainingSessionUid } from '@leerruimte/api-core';
import { Mailer, selectRows } from '@leerruimte/api-infrastructure';
import { appPaths, link } from '@leerruimte/shared-paths';
import { type InvitationReason, sessionInvitationMail } from './session-invitation';

const factsRow = z.object({
  session_id: z.string(),
  user_id: z.string(),
  sequence: z.number(),
  email: z.string(),
  name: z.string(),
  locale: z.enum(['nl', 'en']),
  title: z.string(),
  description: z.string(),
  starts_at: z.date(),
  ends_at: z.date(),
  place: z.string(),
  online_url: z.string().nullable(),
  team_id: z.string(),
  team_name: z.string(),
});

/** "Leerruimte <noreply@example.nl>" as a name and an address. */
function mailbox(from: string): { name: string; email: string } {
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(from);
  return match
    ? { name: match[1] || 'Leerruimte', email: match[2] }
    : { name: 'Leerruimte', email: from.trim() };
}

/**
 * The calendar mails of bookings: stored in the transaction that booked, moved up or cancelled,
 * so a mail goes out exactly when the change commits. Each bumps the booking's sequence.
 */
@Injectable()
export class SessionInvitations {
  constructor(
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Stores the mails; send the returned ids with `dispatch` after the commit. */
  async store(
    manager: EntityManager,
    enrolmentIds: string[],
    reason: InvitationReason,
    now = new Date(),
  ): Promise<string[]> {
    if (enrolmentIds.length === 0) return [];
    const rows = await selectRows(
      manager,
      factsRow,
      `WITH bumped AS (
         UPDATE training_enrolment SET invitation_sequence = invitation_sequence + 1
          WHERE id = ANY($1::uuid[])
          RETURNING session_id, user_id, invitation_sequence - 1 AS sequence)
       SELECT b.session_id, b.user_id, b.sequence, u.email, u.name, u.locale, t.title,
              t.description, s.starts_at, s.ends_at, s.place, s.online_url, t.team_id,
              tm.name AS team_name
         FROM bumped b
         JOIN app_user u ON u.id = b.user_id
         JOIN training_session s ON s.id = b.session_id
         JOIN training t ON t.id = s.training_id
         JOIN team tm ON tm.id = t.team_id`,
      [enrolmentIds],
    );
    const organizer = mailbox(this.config.mail.from);
    return this.mailer.store(
      rows.map((row) =>
        sessionInvitationMail(
          row.locale,
          reason,
          {
            uid: trainingSessionUid(row.session_id, row.user_id, this.config.http.publicUrl),
            sequence: row.sequence,
            start: row.starts_at,
            end: row.ends_at,
            title: row.title,
            description: row.description,
            place: row.place,
            onlineUrl: row.online_url,
            link: `${this.config.http.publicUrl}${link(appPaths.trainings, { teamId: row.team_id })}`,
            organizer,
            attendee: { name: row.name, email: row.email },
            teamName: row.team_name,
          },
          now,
        ),
      ),
      manager,
    );
  }

  dispatch(messageIds: string[]): Promise<void> {
    return this.mailer.dispatch(messageIds);
  }
}
