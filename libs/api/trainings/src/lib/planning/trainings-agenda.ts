import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import {
  AgendaSource,
  AgendaSourceName,
  type AgendaWindow,
  type TodayViewer,
  memberTeamIds,
  teamNameIn,
} from '@leerruimte/api-core';
import { selectRows } from '@leerruimte/api-infrastructure';
import type { AgendaTrainingSession } from '@leerruimte/shared-contracts';
import { appPaths, link } from '@leerruimte/shared-paths';

const sessionRow = z.object({
  id: z.string(),
  team_id: z.string(),
  title: z.string(),
  starts_at: z.date(),
  ends_at: z.date(),
  place: z.string(),
  state: z.enum(['booked', 'waiting']),
});

/** Trainings' part of the agenda: the sessions I have a place in, or wait for one. */
@Injectable()
export class TrainingsAgenda {
  constructor(private readonly dataSource: DataSource) {}

  @AgendaSource(AgendaSourceName.TrainingSessions)
  async sessions(viewer: TodayViewer, window: AgendaWindow): Promise<AgendaTrainingSession[]> {
    const teamIds = memberTeamIds(viewer);
    if (teamIds.length === 0) return [];
    const rows = await selectRows(
      this.dataSource,
      sessionRow,
      `SELECT s.id, t.team_id, t.title, s.starts_at, s.ends_at, s.place, e.state
         FROM training_enrolment e
         JOIN training_session s ON s.id = e.session_id
         JOIN training t ON t.id = s.training_id
        WHERE e.user_id = $1 AND e.state IN ('booked', 'waiting')
          AND t.team_id = ANY ($2::uuid[])
          AND s.starts_at >= $3 AND s.starts_at < $4`,
      [viewer.userId, teamIds, window.from, window.until],
    );
    return rows.map((row) => ({
      kind: 'training_session',
      sessionId: row.id,
      title: row.title,
      at: row.starts_at.toISOString(),
      endsAt: row.ends_at.toISOString(),
      place: row.place,
      state: row.state,
      teamId: row.team_id,
      teamName: teamNameIn(viewer, row.team_id),
      link: link(appPaths.trainings, { teamId: row.team_id }),
    }));
  }
}
