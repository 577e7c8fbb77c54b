import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { DataSource, type EntityManager } from 'typeorm';
import {
  type FieldProblem,
  MomentSubjectRegistry,
  type PrivacyRecord,
  guardClientTexts,
  notFound,
  notInTeam,
  validationFailed,
} from '@leerruimte/api-core';
import { clientDataContextOf } from '@leerruimte/api-identity-data';
import { z } from 'zod';
import { selectRows } from '@leerruimte/api-infrastructure';
import type {
  Training as TrainingView,
  planTrainingRequestSchema,
} from '@leerruimte/shared-contracts';
import { TrainingTemplates } from '../templates/training-templates';
import { trainingErrors } from '../trainings.errors';
import { Training, TrainingSession, TrainingTrainer } from './training.entities';
import { trainingView } from './training-view';
import { sessionsOf, trainingsOf } from './trainings.queries';

const ZONE = 'Europe/Amsterdam';

/** The instant a wall-clock time in Amsterdam means, or null when that time does not exist. */
export function amsterdamInstant(date: string, time: string): Date | null {
  const local = DateTime.fromISO(`${date}T${time}`, { zone: ZONE });
  // Luxon moves a time in the hour skipped in spring; such a time was never on a clock.
  if (!local.isValid || local.toFormat('HH:mm') !== time) return null;
  return local.toJSDate();
}

type PlanRequest = z.output<typeof planTrainingRequestSchema>;

/** A plan that passed its checks, with its sessions' instants: ready to store for a team. */
export interface PreparedTraining {
  request: PlanRequest;
  sessions: Array<PlanRequest['sessions'][number] & { startsAt: Date; endsAt: Date }>;
  preparationModule: { slug: string; title: string } | null;
  followUpModule: { slug: string; title: string } | null;
  followUpPrivacy: PrivacyRecord;
}

/** Trainings a team lead plans for the team, with their sessions. */
@Injectable()
export class TrainingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly templates: TrainingTemplates,
    /** Learning's module titles, as reflection moments look them up: the catalogue is everyone's. */
    private readonly catalogue: MomentSubjectRegistry,
  ) {}

  async plan(
    teamId: string,
    plannedById: string,
    request: PlanRequest,
    now = new Date(),
  ): Promise<TrainingView> {
    const prepared = await this.prepare(
      request,
      plannedById,
      await this.trainerProblems(teamId, request.trainerAccounts),
      now,
    );
    const trainingId = await this.dataSource.transaction((manager) =>
      this.insert(manager, teamId, plannedById, prepared),
    );
    return this.detail(teamId, trainingId, plannedById, now);
  }

  /**
   * Checks a plan and makes it ready to store: each problem with its field (under `prefix`,
   * for a plan inside a larger request) in one 400, then the privacy guard on the follow-up
   * question. `trainerProblems` are the caller's: who may give it depends on whom it is for.
   */
  async prepare(
    request: PlanRequest,
    plannedById: string,
    trainerProblems: FieldProblem[],
    now: Date,
    prefix = '',
  ): Promise<PreparedTraining> {
    const problems: FieldProblem[] = [];
    const sessions = request.sessions.map((session, index) => {
      const startsAt = amsterdamInstant(session.date, session.startTime);
      const endsAt = amsterdamInstant(session.date, session.endTime);
      if (!startsAt) problems.push(trainingErrors.noSuchTime(`sessions.${index}.startTime`));
      if (!endsAt) problems.push(trainingErrors.noSuchTime(`sessions.${index}.endTime`));
      if (startsAt && startsAt <= now) {
        problems.push(trainingErrors.inThePast(`sessions.${index}.date`));
      }
      return { ...session, startsAt: startsAt as Date, endsAt: endsAt as Date };
    });
    const template = request.templateSlug
      ? await this.templates.forPlanning(request.templateSlug)
      : undefined;
    problems.push(...this.templateProblems(request, template));
    problems.push(...trainerProblems);
    // Both modules in one lookup: the catalogue is everyone's, so the team does not matter.
    const modules = await this.catalogue.titles('module', '', [
      request.preparationModuleSlug,
      request.followUpModuleSlug,
    ]);
    const named = (slug: string | undefined) => {
      const title = slug === undefined ? undefined : modules.get(slug);
      return slug === undefined || title === undefined ? null : { slug, title };
    };
    const preparationModule = request.preparationModuleSlug
      ? named(request.preparationModuleSlug)
      : (template?.preparationModule ?? null);
    if (request.preparationModuleSlug && !preparationModule) {
      problems.push(trainingErrors.unknownModule('preparationModuleSlug'));
    }
    const followUpModule = named(request.followUpModuleSlug);
    if (request.followUpModuleSlug && !followUpModule) {
      problems.push(trainingErrors.unknownModule('followUpModuleSlug'));
    }
    if (problems.length > 0) {
      throw validationFailed(
        problems.map((problem) => ({ ...problem, field: `${prefix}${problem.field}` })),
      );
    }
    // The follow-up question reaches every participant: the privacy guard reads it first.
    const followUpPrivacy = guardClientTexts(
      { [`${prefix}followUp.question`]: request.followUp?.question },
      request.confirmedNotClientData,
      await clientDataContextOf(this.dataSource, plannedById),
    );
    return { request, sessions, preparationModule, followUpModule, followUpPrivacy };
  }

  /** Stores a prepared plan as one team's training; returns its id. */
  async insert(
    manager: EntityManager,
    teamId: string,
    plannedById: string,
    { request, sessions, preparationModule, followUpModule, followUpPrivacy }: PreparedTraining,
    organisationPlanId: string | null = null,
  ): Promise<string> {
    const training = await manager.save(
      manager.create(Training, {
        teamId,
        title: request.title,
        description: request.description,
        trainers: request.trainers,
        register: request.accreditation?.register ?? null,
        accreditationNumber: request.accreditation?.number ?? null,
        points: request.accreditation ? String(request.accreditation.points) : null,
        cancelHoursBefore: request.cancelHoursBefore,
        selfEnrolment: request.selfEnrolment,
        requiresApproval: request.requiresApproval,
        templateSlug: request.templateSlug ?? null,
        preparationModule,
        followUpModule,
        followUpQuestion: request.followUp?.question ?? null,
        followUpDays: request.followUp?.daysAfter ?? null,
        followUpPrivacyFindings: followUpPrivacy.privacyFindings,
        followUpPrivacyConfirmedAt: followUpPrivacy.privacyConfirmedAt,
        organisationPlanId,
        plannedById,
      }),
    );
    if (request.trainerAccounts.length > 0) {
      await manager.insert(
        TrainingTrainer,
        request.trainerAccounts.map((userId) => ({ trainingId: training.id, userId })),
      );
    }
    await manager.insert(
      TrainingSession,
      sessions.map((session) => ({
        trainingId: training.id,
        date: session.date,
        startTime: session.startTime,
        endTime: session.endTime,
        startsAt: session.startsAt,
        endsAt: session.endsAt,
        breakMinutes: session.breakMinutes,
        place: session.place,
        onlineUrl: session.onlineUrl ?? null,
        capacity: session.capacity,
        guide: session.guide ?? null,
      })),
    );
    return training.id;
  }

  /** Trainers with an account are members of the team. */
  async trainerProblems(teamId: string, userIds: string[]): Promise<FieldProblem[]> {
    if (userIds.length === 0) return [];
    const members = await selectRows(
      this.dataSource,
      z.object({ user_id: z.string() }),
      `SELECT user_id FROM team_membership WHERE team_id = $1 AND user_id = ANY($2::uuid[])`,
      [teamId, userIds],
    );
    const inTeam = new Set(members.map((member) => member.user_id));
    return userIds.flatMap((userId, index) =>
      inTeam.has(userId) ? [] : [notInTeam(`trainerAccounts.${index}`)],
    );
  }

  /** A template that exists, and sessions that name its guides (a guide needs a template). */
  private templateProblems(
    request: PlanRequest,
    template: Awaited<ReturnType<TrainingTemplates['forPlanning']>> | undefined,
  ): FieldProblem[] {
    if (template === null) return [trainingErrors.unknownTemplate('templateSlug')];
    const guides = template?.guides ?? new Set<string>();
    return request.sessions.flatMap((session, index) =>
      session.guide && !guides.has(session.guide)
        ? [trainingErrors.unknownGuide(`sessions.${index}.guide`)]
        : [],
    );
  }

  /** Trainings still to come first (soonest first), then those that are over (latest first). */
  async list(teamId: string, viewerId: string, now = new Date()): Promise<TrainingView[]> {
    const trainings = await trainingsOf(this.dataSource, teamId, viewerId);
    if (trainings.length === 0) return [];
    const sessions = await sessionsOf(
      this.dataSource,
      trainings.map((training) => training.id),
      viewerId,
    );
    const views = trainings.map((training) => trainingView(training, sessions, now));
    const first = (view: TrainingView) => view.sessions[0]?.date ?? '';
    const over = (view: TrainingView) => view.sessions.every((session) => session.started);
    return views.sort((a, b) =>
      over(a) !== over(b)
        ? Number(over(a)) - Number(over(b))
        : over(a)
          ? first(b).localeCompare(first(a))
          : first(a).localeCompare(first(b)),
    );
  }

  /** The training a session belongs to, as the viewer sees it. */
  async ofSession(teamId: string, sessionId: string, viewerId: string): Promise<TrainingView> {
    const [session] = await selectRows(
      this.dataSource,
      z.object({ training_id: z.string() }),
      `SELECT training_id FROM training_session WHERE id = $1`,
      [sessionId],
    );
    if (!session) throw notFound();
    return this.detail(teamId, session.training_id, viewerId);
  }

  async detail(
    teamId: string,
    trainingId: string,
    viewerId: string,
    now = new Date(),
  ): Promise<TrainingView> {
    const [training] = await trainingsOf(this.dataSource, teamId, viewerId, trainingId);
    if (!training) throw notFound();
    const sessions = await sessionsOf(this.dataSource, [training.id], viewerId);
    return trainingView(training, sessions, now);
  }
}
