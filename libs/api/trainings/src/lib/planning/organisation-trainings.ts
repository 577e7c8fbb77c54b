import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { type FieldProblem, validationFailed } from '@leerruimte/api-core';
import { selectRows } from '@leerruimte/api-infrastructure';
import type {
  OrganisationTraining,
  planOrganisationTrainingRequestSchema,
} from '@leerruimte/shared-contracts';
import { trainingErrors } from '../trainings.errors';
import { TrainingsService } from './trainings.service';

const planRow = z.object({
  plan_id: z.string(),
  title: z.string(),
  planned_at: z.date(),
  team_id: z.string(),
  team_name: z.string(),
  training_id: z.string(),
  sessions: z.array(
    z.object({
      date: z.string(),
      startTime: z.string(),
      endTime: z.string(),
      booked: z.number(),
      capacity: z.number(),
      waiting: z.number(),
      calledOff: z.boolean(),
    }),
  ),
});

/**
 * Trainings an organisation admin plans for several of the organisation's teams at once: each
 * team gets its own copy, with its own places, which its lead runs like any of its trainings.
 */
@Injectable()
export class OrganisationTrainings {
  constructor(
    private readonly dataSource: DataSource,
    private readonly trainings: TrainingsService,
  ) {}

  async plan(
    organisationId: string,
    adminId: string,
    request: z.output<typeof planOrganisationTrainingRequestSchema>,
    now = new Date(),
  ): Promise<OrganisationTraining> {
    const teams = await this.teamsOf(organisationId);
    const problems: FieldProblem[] = request.teamIds.flatMap((teamId, index) =>
      teams.has(teamId) ? [] : [trainingErrors.notInOrganisation(`teamIds.${index}`)],
    );
    if (problems.length > 0) throw validationFailed(problems);
    const prepared = await this.trainings.prepare(
      request.training,
      adminId,
      await this.trainerProblems(organisationId, request.training.trainerAccounts),
      now,
      'training.',
    );
    const planId = randomUUID();
    await this.dataSource.transaction(async (manager) => {
      for (const teamId of request.teamIds) {
        await this.trainings.insert(manager, teamId, adminId, prepared, planId);
      }
    });
    const [planned] = await this.list(organisationId, planId);
    return planned;
  }

  /** The organisation's plans, the newest first, each with its teams by name. */
  async list(
    organisationId: string,
    planId: string | null = null,
  ): Promise<OrganisationTraining[]> {
    const rows = await selectRows(
      this.dataSource,
      planRow,
      `SELECT t.organisation_plan_id AS plan_id, t.title, t.created_at AS planned_at,
              tm.id AS team_id, tm.name AS team_name, t.id AS training_id,
              (SELECT json_agg(json_build_object(
                        'date', s.date::text, 'startTime', to_char(s.start_time, 'HH24:MI'),
                        'endTime', to_char(s.end_time, 'HH24:MI'), 'booked', s.booked,
                        'capacity', s.capacity, 'calledOff', s.cancelled_at IS NOT NULL,
                        'waiting', (SELECT count(*) FROM training_enrolment e
                                     WHERE e.session_id = s.id AND e.state = 'waiting'))
                      ORDER BY s.starts_at)
                 FROM training_session s WHERE s.training_id = t.id) AS sessions
         FROM training t
         JOIN team tm ON tm.id = t.team_id
        WHERE tm.organisation_id = $1 AND t.organisation_plan_id IS NOT NULL
          AND ($2::uuid IS NULL OR t.organisation_plan_id = $2)
        ORDER BY t.created_at DESC, t.organisation_plan_id, tm.name`,
      [organisationId, planId],
    );
    const plans = new Map<string, OrganisationTraining>();
    for (const row of rows) {
      const plan = plans.get(row.plan_id) ?? {
        planId: row.plan_id,
        title: row.title,
        plannedAt: row.planned_at.toISOString(),
        teams: [],
      };
      plan.teams.push({
        teamId: row.team_id,
        teamName: row.team_name,
        trainingId: row.training_id,
        sessions: row.sessions,
      });
      plans.set(row.plan_id, plan);
    }
    return [...plans.values()];
  }

  private async teamsOf(organisationId: string): Promise<Set<string>> {
    const rows = await selectRows(
      this.dataSource,
      z.object({ id: z.string() }),
      `SELECT id FROM team WHERE organisation_id = $1`,
      [organisationId],
    );
    return new Set(rows.map((row) => row.id));
  }

  /** A trainer with an account works in one of the organisation's teams. */
  private async trainerProblems(
    organisationId: string,
    userIds: string[],
  ): Promise<FieldProblem[]> {
    if (userIds.length === 0) return [];
    const rows = await selectRows(
      this.dataSource,
      z.object({ user_id: z.string() }),
      `SELECT DISTINCT m.user_id FROM team_membership m JOIN team t ON t.id = m.team_id
        WHERE t.organisation_id = $1 AND m.user_id = ANY($2::uuid[])`,
      [organisationId, userIds],
    );
    const known = new Set(rows.map((row) => row.user_id));
    return userIds.flatMap((userId, index) =>
      known.has(userId) ? [] : [trainingErrors.notInOrganisation(`trainerAccounts.${index}`)],
    );
  }
}
