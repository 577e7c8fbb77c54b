import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import {
  TodaySection,
  TodaySectionName,
  type TodaySectionValues,
  type TodayViewer,
  ledTeamIds,
  memberTeamIds,
  teamNameIn,
} from '@leerruimte/api-core';
import { selectRows } from '@leerruimte/api-infrastructure';
import type { TodayAgendaItem } from '@leerruimte/shared-contracts';

const agendaRow = z.object({
  id: z.string(),
  team_id: z.string(),
  question: z.string(),
  votes: z.number(),
});

const toEvaluateRow = z.object({
  id: z.string(),
  team_id: z.string(),
  title: z.string(),
  status_changed_at: z.date(),
});

/** The board's part of Vandaag. A hidden item leaves the API for no one, so none appears here. */
@Injectable()
export class BoardToday {
  constructor(private readonly dataSource: DataSource) {}

  /** Why-questions on the agenda of my teams, team by team (by name), most votes first. */
  @TodaySection(TodaySectionName.Agenda)
  async agenda(viewer: TodayViewer): Promise<TodayAgendaItem[]> {
    const teamIds = memberTeamIds(viewer);
    if (teamIds.length === 0) return [];
    const rows = await selectRows(
      this.dataSource,
      agendaRow,
      `SELECT q.id, q.team_id, q.question,
                (SELECT count(*)::int FROM why_vote v WHERE v.question_id = q.id) AS votes
           FROM why_question q
          WHERE q.team_id = ANY ($1::uuid[]) AND q.status = 'on_agenda' AND q.hidden_at IS NULL
          ORDER BY array_position($1::uuid[], q.team_id), votes DESC, q.on_agenda_at, q.id`,
      [teamIds],
    );
    return rows.map((row) => ({
      questionId: row.id,
      teamId: row.team_id,
      teamName: teamNameIn(viewer, row.team_id),
      title: row.question,
      votes: row.votes,
    }));
  }

  /** Experiments waiting for their evaluation in the teams I lead, longest waiting first. */
  @TodaySection(TodaySectionName.ExperimentsToEvaluate)
  async experimentsToEvaluate(
    viewer: TodayViewer,
  ): Promise<TodaySectionValues[TodaySectionName.ExperimentsToEvaluate]> {
    const teamIds = ledTeamIds(viewer);
    if (teamIds.length === 0) return [];
    const rows = await selectRows(
      this.dataSource,
      toEvaluateRow,
      `SELECT e.id, e.team_id, e.title, e.status_changed_at FROM experiment e
          WHERE e.team_id = ANY ($1::uuid[]) AND e.status = 'evaluating' AND e.hidden_at IS NULL
          ORDER BY e.status_changed_at, e.id`,
      [teamIds],
    );
    return rows.map((row) => ({
      teamId: row.team_id,
      experimentId: row.id,
      title: row.title,
      since: row.status_changed_at.toISOString(),
    }));
  }
}
