import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
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
import type { TodayMoment, TodayPrompt } from '@leerruimte/shared-contracts';
import { UpcomingMoments } from '../calendar/upcoming-moments';

const MOMENTS_AHEAD_DAYS = 7;

const openPromptRow = z.object({
  id: z.string(),
  kind: z.enum(['question', 'pulse']),
  question: z.string(),
  team_id: z.string(),
  closes_at: z.date(),
  answered: z.boolean(),
});

const lastPromptRow = z.object({
  team_id: z.string(),
  moment_id: z.string(),
  question: z.string(),
  delivered_at: z.date(),
  asked: z.number(),
  answered: z.number(),
});

/** Reflection's part of Vandaag: my open prompts, my teams' coming moments, the lead's figures. */
@Injectable()
export class ReflectionToday {
  constructor(
    private readonly dataSource: DataSource,
    private readonly upcoming: UpcomingMoments,
  ) {}

  /** Prompts sent to me in a team I am in, still open; whether I answered, never the answer. */
  @TodaySection(TodaySectionName.Prompts)
  async prompts(viewer: TodayViewer, now: Date): Promise<TodayPrompt[]> {
    const teamIds = memberTeamIds(viewer);
    if (teamIds.length === 0) return [];
    const rows = await selectRows(
      this.dataSource,
      openPromptRow,
      `SELECT o.id, m.kind, o.question, m.team_id, o.closes_at,
              EXISTS (SELECT 1 FROM reflection_answer a
                       WHERE a.occurrence_id = o.id AND a.user_id = d.user_id) AS answered
         FROM reflection_delivery d
         JOIN reflection_occurrence o ON o.id = d.occurrence_id
         JOIN reflection_moment m ON m.id = o.moment_id
        WHERE d.user_id = $1 AND d.channel = 'in_app' AND m.team_id = ANY ($2::uuid[])
          AND o.delivered_at <= $3 AND o.closes_at > $3
        ORDER BY o.closes_at, o.id`,
      [viewer.userId, teamIds, now],
    );
    return rows.map((row) => ({
      occurrenceId: row.id,
      kind: row.kind,
      question: row.question,
      teamId: row.team_id,
      teamName: teamNameIn(viewer, row.team_id),
      closesAt: row.closes_at.toISOString(),
      answered: row.answered,
    }));
  }

  /** The coming week's moments of my teams meant for me, as the agenda and calendar feed list them. */
  @TodaySection(TodaySectionName.Moments)
  async moments(viewer: TodayViewer, now: Date): Promise<TodayMoment[]> {
    if (memberTeamIds(viewer).length === 0) return [];
    const horizon = DateTime.fromJSDate(now)
      .setZone('Europe/Amsterdam')
      .plus({ days: MOMENTS_AHEAD_DAYS })
      .toJSDate();
    const moments = await this.upcoming.forPerson(viewer.userId, now, horizon);
    return moments.map((moment) => ({
      momentId: moment.momentId,
      teamId: moment.teamId,
      teamName: moment.teamName,
      question: moment.question,
      at: moment.at.toISOString(),
    }));
  }

  /**
   * Per team I lead, its latest prompt (not a pulse): how many were asked and how many answered.
   * Counts only; what anyone answered stays with them.
   */
  @TodaySection(TodaySectionName.LastPrompts)
  async lastPrompts(
    viewer: TodayViewer,
    now: Date,
  ): Promise<TodaySectionValues[TodaySectionName.LastPrompts]> {
    const teamIds = ledTeamIds(viewer);
    if (teamIds.length === 0) return [];
    const rows = await selectRows(
      this.dataSource,
      lastPromptRow,
      `SELECT team.id AS team_id, last.moment_id, last.question, last.delivered_at,
              (SELECT count(*)::int FROM reflection_delivery d
                WHERE d.occurrence_id = last.id AND d.channel = 'in_app') AS asked,
              (SELECT count(*)::int FROM reflection_answer a
                WHERE a.occurrence_id = last.id) AS answered
         FROM unnest($1::uuid[]) AS team(id)
         CROSS JOIN LATERAL (
           SELECT o.id, o.moment_id, o.question, o.delivered_at
             FROM reflection_occurrence o JOIN reflection_moment m ON m.id = o.moment_id
            WHERE m.team_id = team.id AND m.kind = 'question' AND o.delivered_at <= $2
            ORDER BY o.delivered_at DESC, o.id DESC
            LIMIT 1) last`,
      [teamIds, now],
    );
    return rows.map((row) => ({
      teamId: row.team_id,
      lastPrompt: {
        momentId: row.moment_id,
        question: row.question,
        deliveredAt: row.delivered_at.toISOString(),
        asked: row.asked,
        answered: row.answered,
      },
    }));
  }
}
