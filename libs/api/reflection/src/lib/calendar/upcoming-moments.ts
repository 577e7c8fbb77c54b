import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { selectRows } from '@leerruimte/api-infrastructure';
import { storedScheduleSchema } from '../moments/stored-schedule';
import { nextOccurrences } from '@leerruimte/shared-schedule';

const DAY_MS = 24 * 3_600_000;

const momentRow = z.object({
  id: z.string(),
  team_id: z.string(),
  team_name: z.string(),
  question: z.string(),
  schedule: storedScheduleSchema,
  last_planned_at: z.date().nullable(),
});
export type MomentRow = z.infer<typeof momentRow>;

/** One occurrence of a reflection moment, as Vandaag, the agenda and the calendar feed list it. */
export interface UpcomingMoment {
  momentId: string;
  teamId: string;
  teamName: string;
  question: string;
  /** When the schedule says; with the moment, it names the occurrence. */
  plannedAt: Date;
  /** When it is delivered: the planned time, or the team's next allowed time after it. */
  at: Date;
}

/**
 * The occurrences of these moments delivered after `from` and no later than `until`, in time
 * order (then by team and moment). Like the scheduler, a moment continues after its last
 * occurrence when that lies ahead, so one delivered early is not listed again.
 */
export function momentsBetween(
  moments: readonly MomentRow[],
  from: Date,
  until: Date,
): UpcomingMoment[] {
  // A moment happens at most once a day, so this many occurrences always reach past `until`.
  const count = Math.ceil((until.getTime() - from.getTime()) / DAY_MS) + 1;
  return moments
    .flatMap((moment) => {
      const after =
        moment.last_planned_at && moment.last_planned_at > from ? moment.last_planned_at : from;
      return nextOccurrences(moment.schedule, after, count)
        .filter((occurrence) => occurrence.deliverAt > from && occurrence.deliverAt <= until)
        .map((occurrence) => ({
          momentId: moment.id,
          teamId: moment.team_id,
          teamName: moment.team_name,
          question: moment.question,
          plannedAt: occurrence.plannedAt,
          at: occurrence.deliverAt,
        }));
    })
    .sort(
      (a, b) =>
        a.at.getTime() - b.at.getTime() ||
        a.teamName.localeCompare(b.teamName, 'nl') ||
        a.momentId.localeCompare(b.momentId),
    );
}

/**
 * The coming reflection moments of one person: the active moments of the teams they are in
 * that are meant for them (the whole team, or them among some members). One query, so Vandaag,
 * the agenda and the calendar feed show the same moments.
 */
@Injectable()
export class UpcomingMoments {
  constructor(private readonly dataSource: DataSource) {}

  async forPerson(userId: string, from: Date, until: Date): Promise<UpcomingMoment[]> {
    const moments = await selectRows(
      this.dataSource,
      momentRow,
      `SELECT m.id, m.team_id, t.name AS team_name, m.question, m.schedule,
              (SELECT max(o.planned_at) FROM reflection_occurrence o WHERE o.moment_id = m.id)
                AS last_planned_at
         FROM reflection_moment m
         JOIN team t ON t.id = m.team_id
         JOIN team_membership tm ON tm.team_id = m.team_id AND tm.user_id = $1
        WHERE m.status = 'active' AND (m.member_ids IS NULL OR $1 = ANY (m.member_ids))`,
      [userId],
    );
    return momentsBetween(moments, from, until);
  }
}
