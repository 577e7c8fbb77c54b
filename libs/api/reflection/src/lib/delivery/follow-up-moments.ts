import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { FollowUpMomentSourceRegistry } from '@leerruimte/api-core';
import { selectRows } from '@leerruimte/api-infrastructure';
import { ReflectionMoment } from '../moments/moment.entities';

/** A follow-up stays open a week, with one reminder halfway, like most of a lead's moments. */
const FOLLOW_UP_OPEN_DAYS = 7;
const FOLLOW_UP_REMINDER_DAYS = [3];

/**
 * Plans the follow-up questions other domains ask for (after a training) as one-off moments of
 * the team, for the people they name. The unique training id makes it once, whichever worker
 * asks first; the reconciler then puts the moment on the clock like any other, or delivers it at
 * once when its day has passed while no worker ran.
 */
@Injectable()
export class FollowUpMoments {
  private readonly logger = new Logger(FollowUpMoments.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly sources: FollowUpMomentSourceRegistry,
  ) {}

  /** Returns how many moments this call planned. */
  async plan(now = new Date()): Promise<number> {
    const due = (await this.sources.due(now)).filter((followUp) => followUp.memberIds.length > 0);
    if (due.length === 0) return 0;
    const planned = await selectRows(
      this.dataSource,
      z.object({ training_id: z.string() }),
      `SELECT training_id FROM reflection_moment WHERE training_id = ANY($1::uuid[])`,
      [due.map((followUp) => followUp.trainingId)],
    );
    const done = new Set(planned.map((row) => row.training_id));
    let count = 0;
    for (const followUp of due.filter((candidate) => !done.has(candidate.trainingId))) {
      const inserted = await this.dataSource
        .createQueryBuilder()
        .insert()
        .into(ReflectionMoment)
        .values({
          teamId: followUp.teamId,
          createdById: followUp.plannedById,
          kind: 'question',
          question: followUp.question,
          trainingId: followUp.trainingId,
          memberIds: followUp.memberIds,
          schedule: {
            timeZone: 'Europe/Amsterdam',
            time: '09:00',
            startDate: followUp.date,
            recurrence: { kind: 'once' },
            workingDays: [1, 2, 3, 4, 5],
          },
          openDays: FOLLOW_UP_OPEN_DAYS,
          reminderDays: FOLLOW_UP_REMINDER_DAYS,
          privacyFindings: followUp.privacyFindings,
          privacyConfirmedAt: followUp.privacyConfirmedAt,
          status: 'active',
        })
        .orIgnore()
        .returning('id')
        .execute();
      // No row back: another worker planned it a moment ago.
      if ((inserted.raw as unknown[]).length > 0) count++;
    }
    if (count > 0) this.logger.log(`Planned ${count} follow-up question(s) after trainings`);
    return count;
  }
}
