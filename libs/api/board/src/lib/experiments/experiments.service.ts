import { HttpStatus, Injectable } from '@nestjs/common';
import { clientDataContextOf } from '@leerruimte/api-identity-data';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError, type FieldProblem, guardClientTexts, notFound } from '@leerruimte/api-core';
import { Notifier } from '@leerruimte/api-notifications';
import {
  type CreateExperimentRequest,
  type ExperimentDecision,
  type DataPointRequest,
  type ExperimentDetail,
  type ExperimentEvaluationRequest,
  type ExperimentFilter,
  type ExperimentPlanRequest,
  type ExperimentRole,
  type ExperimentStatus,
  type ExperimentSummary,
  type LogEntryRequest,
  type NotificationContent,
  experimentDecisions,
  experimentStatusWords,
  mayEvaluateExperiment,
  nextExperimentStatuses,
} from '@leerruimte/shared-contracts';
import {
  authorOf,
  boardErrors,
  hiddenOf,
  shownText,
  withEarlierFindings,
} from '../shared/board-rows';
import { TeamContext } from '../shared/team-context';
import { WhyQuestion } from '../why-questions/why-question.entities';
import {
  Experiment,
  ExperimentDataPoint,
  ExperimentLogEntry,
  ExperimentParticipant,
} from './experiment.entities';
import {
  dataPointsOf,
  experimentSummaries,
  followUpsOf,
  linksOf,
  logbookOf,
  participantIdsOf,
  participantsOf,
} from './experiments.queries';

const decided = new Set<ExperimentStatus>(experimentDecisions);

const experimentErrors = {
  notInvolved: () =>
    new AppError(HttpStatus.FORBIDDEN, 'not_involved', {
      nl: 'Alleen wie het experiment begon, de deelnemers en de teamleider kunnen dit.',
      en: 'Only who started the experiment, its participants and the team lead can do this.',
    }),
  transition: (from: ExperimentStatus, to: ExperimentStatus) =>
    new AppError(HttpStatus.CONFLICT, 'transition_not_allowed', {
      nl: `Een experiment gaat niet van ${experimentStatusWords.nl[from]} naar ${experimentStatusWords.nl[to]}.${decided.has(to) && to !== 'stopped' ? ' Dat besluit je bij de evaluatie.' : ''}`,
      en: `An experiment does not go from ${experimentStatusWords.en[from]} to ${experimentStatusWords.en[to]}.${decided.has(to) && to !== 'stopped' ? ' That is decided in the evaluation.' : ''}`,
    }),
  notEvaluating: () =>
    new AppError(HttpStatus.CONFLICT, 'not_evaluating', {
      nl: 'Een experiment evalueer je als het in de fase evalueren is.',
      en: 'An experiment is evaluated while it is being evaluated.',
    }),
  mayNotEvaluate: () =>
    new AppError(HttpStatus.FORBIDDEN, 'may_not_evaluate', {
      nl: 'De teamleider of wie het experiment begon legt de evaluatie vast.',
      en: 'The team lead or who started the experiment records the evaluation.',
    }),
  decided: () =>
    new AppError(HttpStatus.CONFLICT, 'experiment_decided', {
      nl: 'Over dit experiment is al besloten; begin een volgend experiment.',
      en: 'This experiment has been decided on; start a next one.',
    }),
};

/** Experiments: planned, run, observed, measured and evaluated by the team. */
@Injectable()
export class ExperimentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly teams: TeamContext,
    private readonly notifier: Notifier,
  ) {}

  async list(
    teamId: string,
    filter: ExperimentFilter & { statuses?: ExperimentStatus[]; ids?: string[] } = {},
  ): Promise<ExperimentSummary[]> {
    const rows = await experimentSummaries(this.dataSource, teamId, {
      theme: filter.theme ?? null,
      statuses: filter.status ? [filter.status] : (filter.statuses ?? null),
      ids: filter.ids ?? null,
    });
    return rows.map((row) => ({
      id: row.id,
      title: shownText(row, row.title),
      theme: row.theme,
      status: row.status,
      author: authorOf(row),
      startDate: row.start_date,
      endDate: row.end_date,
      participantCount: row.participant_count,
      logCount: row.log_count,
      updatedAt: row.updated_at.toISOString(),
      hidden: hiddenOf(row),
    }));
  }

  async detail(teamId: string, experimentId: string, userId: string): Promise<ExperimentDetail> {
    const [summary] = await this.list(teamId, { ids: [experimentId] });
    if (!summary) throw notFound();
    const experiment = await this.find(teamId, experimentId);
    const text = (value: string) => (experiment.hiddenAt ? '' : value);
    const [participants, links, followUps, logbook, dataPoints, evaluatedBy] = await Promise.all([
      participantsOf(this.dataSource, experimentId),
      linksOf(this.dataSource, {
        whyQuestionId: experiment.whyQuestionId,
        caseId: experiment.caseId,
        previousId: experiment.previousExperimentId,
      }),
      followUpsOf(this.dataSource, experimentId),
      logbookOf(this.dataSource, experimentId),
      dataPointsOf(this.dataSource, experimentId),
      experiment.evaluatedById ? this.teams.nameOf(experiment.evaluatedById) : Promise.resolve(''),
    ]);
    return {
      ...summary,
      situation: text(experiment.situation),
      intendedEffect: text(experiment.intendedEffect),
      whatWeTry: text(experiment.whatWeTry),
      prediction: text(experiment.prediction),
      howWeKnow: text(experiment.howWeKnow),
      measureName: text(experiment.measureName),
      roles: text(experiment.roles),
      participants,
      whyQuestion: links.why_question,
      case: links.case,
      previous: links.previous,
      followUps,
      logbook: logbook.map((row) => ({
        id: row.id,
        observedOn: row.observed_on,
        text: shownText(row, row.text),
        author: authorOf(row),
        createdAt: row.created_at.toISOString(),
        hidden: hiddenOf(row),
      })),
      dataPoints: dataPoints.map((row) => ({
        id: row.id,
        measuredOn: row.measured_on,
        value: row.value,
        note: row.note,
      })),
      evaluation:
        experiment.evaluatedAt && experiment.doneAsPlanned && decided.has(experiment.status)
          ? {
              doneAsPlanned: experiment.doneAsPlanned,
              comparedWithPrediction: text(experiment.comparedWithPrediction ?? ''),
              learned: text(experiment.learned ?? ''),
              decision: experiment.status as ExperimentDecision,
              evaluatedBy: { userId: experiment.evaluatedById, name: evaluatedBy },
              evaluatedAt: experiment.evaluatedAt.toISOString(),
            }
          : null,
      myRole: await this.roleOf(experiment, userId),
    };
  }

  /**
   * From scratch, from a why-question (which then becomes "in experiment"), a case, or as the
   * next cycle of an evaluated experiment.
   */
  async create(
    teamId: string,
    userId: string,
    request: CreateExperimentRequest,
  ): Promise<ExperimentDetail> {
    const problems = await this.checkPeople(teamId, request.participantIds);
    const links = [
      ['whyQuestionId', 'why_question', request.whyQuestionId],
      ['caseId', 'team_case', request.caseId],
      ['previousExperimentId', 'experiment', request.previousExperimentId],
    ] as const;
    for (const [field, table, id] of links) {
      if (id && !(await this.teams.owns(table, id, teamId))) {
        problems.push(boardErrors.notInTeam(field));
      }
    }
    if (problems.length > 0) throw boardErrors.invalidLinks(problems);
    const privacy = guardClientTexts(
      planTexts(request),
      request.confirmedNotClientData,
      await clientDataContextOf(this.dataSource, userId),
    );
    const id = await this.dataSource.transaction(async (manager) => {
      const { identifiers } = await manager.insert(Experiment, {
        teamId,
        authorId: userId,
        ...planColumns(request),
        whyQuestionId: request.whyQuestionId ?? null,
        caseId: request.caseId ?? null,
        previousExperimentId: request.previousExperimentId ?? null,
        ...privacy,
      });
      const experimentId = identifiers[0].id as string;
      await this.replaceParticipants(manager, experimentId, request.participantIds);
      if (request.whyQuestionId) {
        await manager
          .createQueryBuilder()
          .update(WhyQuestion)
          .set({ status: 'in_experiment' })
          .where('id = :id AND status IN (:...open)', {
            id: request.whyQuestionId,
            open: ['open', 'on_agenda'],
          })
          .execute();
      }
      return experimentId;
    });
    return this.detail(teamId, id, userId);
  }

  /** The plan, by who started it, until the decision. */
  async update(
    teamId: string,
    experimentId: string,
    userId: string,
    request: ExperimentPlanRequest,
  ): Promise<ExperimentDetail> {
    const experiment = await this.find(teamId, experimentId);
    if (experiment.authorId !== userId) throw boardErrors.notAuthor();
    if (experiment.hiddenAt) throw boardErrors.hidden();
    if (decided.has(experiment.status)) throw experimentErrors.decided();
    const problems = await this.checkPeople(teamId, request.participantIds);
    if (problems.length > 0) throw boardErrors.invalidLinks(problems);
    const privacy = guardClientTexts(
      planTexts(request),
      request.confirmedNotClientData,
      await clientDataContextOf(this.dataSource, userId),
    );
    await this.dataSource.transaction(async (manager) => {
      await manager.update(
        Experiment,
        { id: experimentId },
        { ...planColumns(request), ...privacy },
      );
      await this.replaceParticipants(manager, experimentId, request.participantIds);
    });
    return this.detail(teamId, experimentId, userId);
  }

  async changeStatus(
    teamId: string,
    experimentId: string,
    userId: string,
    to: ExperimentStatus,
  ): Promise<ExperimentDetail> {
    const experiment = await this.find(teamId, experimentId);
    if (experiment.hiddenAt) throw boardErrors.hidden();
    const role = await this.roleOf(experiment, userId);
    if (role === 'member') throw experimentErrors.notInvolved();
    if (!nextExperimentStatuses(role, experiment.status).includes(to)) {
      throw experimentErrors.transition(experiment.status, to);
    }
    await this.moveTo(teamId, experiment, userId, to, {});
    return this.detail(teamId, experimentId, userId);
  }

  /** The evaluation, and with it the decision: adopted, adapted or stopped. */
  async evaluate(
    teamId: string,
    experimentId: string,
    userId: string,
    request: ExperimentEvaluationRequest,
  ): Promise<ExperimentDetail> {
    const experiment = await this.find(teamId, experimentId);
    if (experiment.hiddenAt) throw boardErrors.hidden();
    const role = await this.roleOf(experiment, userId);
    if (role !== 'lead' && role !== 'owner') throw experimentErrors.mayNotEvaluate();
    if (!mayEvaluateExperiment(role, experiment.status)) throw experimentErrors.notEvaluating();
    const privacy = guardClientTexts(
      { comparedWithPrediction: request.comparedWithPrediction, learned: request.learned },
      request.confirmedNotClientData,
      await clientDataContextOf(this.dataSource, userId),
    );
    await this.moveTo(teamId, experiment, userId, request.decision, {
      doneAsPlanned: request.doneAsPlanned,
      comparedWithPrediction: request.comparedWithPrediction,
      learned: request.learned,
      evaluatedById: userId,
      evaluatedAt: new Date(),
      ...withEarlierFindings(experiment, privacy),
    });
    return this.detail(teamId, experimentId, userId);
  }

  /** Any member of the team may note what they observed. */
  async addLogEntry(
    teamId: string,
    experimentId: string,
    userId: string,
    request: LogEntryRequest,
  ): Promise<ExperimentDetail> {
    const experiment = await this.find(teamId, experimentId);
    if (experiment.hiddenAt) throw boardErrors.hidden();
    const privacy = guardClientTexts(
      { text: request.text },
      request.confirmedNotClientData,
      await clientDataContextOf(this.dataSource, userId),
    );
    await this.dataSource.getRepository(ExperimentLogEntry).insert({
      teamId,
      experimentId,
      authorId: userId,
      observedOn: request.observedOn,
      text: request.text,
      ...privacy,
    });
    await this.touch(experimentId);
    return this.detail(teamId, experimentId, userId);
  }

  async addDataPoint(
    teamId: string,
    experimentId: string,
    userId: string,
    request: DataPointRequest,
  ): Promise<ExperimentDetail> {
    const experiment = await this.find(teamId, experimentId);
    if (experiment.hiddenAt) throw boardErrors.hidden();
    if (decided.has(experiment.status)) throw experimentErrors.decided();
    const privacy = guardClientTexts(
      { note: request.note },
      request.confirmedNotClientData,
      await clientDataContextOf(this.dataSource, userId),
    );
    await this.dataSource.getRepository(ExperimentDataPoint).insert({
      teamId,
      experimentId,
      authorId: userId,
      measuredOn: request.measuredOn,
      value: request.value,
      note: request.note,
      ...privacy,
    });
    await this.touch(experimentId);
    return this.detail(teamId, experimentId, userId);
  }

  /**
   * Moves the experiment, if nobody moved it in the meantime (two people clicking at once),
   * and tells who started it and its participants.
   */
  private async moveTo(
    teamId: string,
    experiment: Experiment,
    userId: string,
    to: ExperimentStatus,
    changes: Partial<Experiment>,
  ): Promise<void> {
    const context = await this.teams.of(teamId, userId);
    const participants = await participantIdsOf(this.dataSource, experiment.id);
    const notified = [...new Set([experiment.authorId, ...participants])].filter(
      (id): id is string => id !== null && id !== userId,
    );
    const content: NotificationContent = {
      kind: 'experiment_status_changed',
      teamId,
      experimentId: experiment.id,
      title: experiment.title,
      teamName: context.teamName,
      status: to,
      changedBy: await this.teams.nameOf(userId),
    };
    await this.dataSource.transaction(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(Experiment)
        .set({ ...changes, status: to, statusChangedAt: new Date() })
        .where('id = :id AND status = :from', { id: experiment.id, from: experiment.status })
        .execute();
      if (result.affected !== 1) throw experimentErrors.transition(experiment.status, to);
      await this.notifier.notify(notified, content, manager);
    });
    await this.notifier.announce(notified);
    await this.notifier.mailEach(notified, content);
  }

  private async roleOf(experiment: Experiment, userId: string): Promise<ExperimentRole> {
    const context = await this.teams.of(experiment.teamId, userId);
    if (context.isLead) return 'lead';
    if (experiment.authorId === userId) return 'owner';
    const participant = await this.dataSource
      .getRepository(ExperimentParticipant)
      .existsBy({ experimentId: experiment.id, userId });
    return participant ? 'participant' : 'member';
  }

  private async checkPeople(teamId: string, userIds: string[]): Promise<FieldProblem[]> {
    const outsiders = await this.teams.nonMembers(teamId, userIds);
    return userIds.flatMap((id, index) =>
      outsiders.has(id) ? [boardErrors.notInTeam(`participantIds.${index}`)] : [],
    );
  }

  private async replaceParticipants(
    manager: EntityManager,
    experimentId: string,
    userIds: string[],
  ): Promise<void> {
    await manager.delete(ExperimentParticipant, { experimentId });
    const unique = [...new Set(userIds)];
    if (unique.length > 0) {
      await manager.insert(
        ExperimentParticipant,
        unique.map((userId) => ({ experimentId, userId })),
      );
    }
  }

  private async touch(experimentId: string): Promise<void> {
    await this.dataSource.query(`UPDATE experiment SET updated_at = now() WHERE id = $1`, [
      experimentId,
    ]);
  }

  private async find(teamId: string, experimentId: string): Promise<Experiment> {
    const experiment = await this.dataSource
      .getRepository(Experiment)
      .findOneBy({ id: experimentId, teamId });
    if (!experiment) throw notFound();
    return experiment;
  }
}

function planTexts(plan: ExperimentPlanRequest): Record<string, string> {
  return {
    title: plan.title,
    situation: plan.situation,
    intendedEffect: plan.intendedEffect,
    whatWeTry: plan.whatWeTry,
    prediction: plan.prediction,
    howWeKnow: plan.howWeKnow,
    measureName: plan.measureName,
    roles: plan.roles,
  };
}

function planColumns(plan: ExperimentPlanRequest) {
  return {
    ...planTexts(plan),
    theme: plan.theme ?? null,
    startDate: plan.startDate ?? null,
    endDate: plan.endDate ?? null,
  };
}
