import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  AppError,
  type FieldProblem,
  MomentSubjectRegistry,
  guardClientTexts,
  notFound,
} from '@leerruimte/api-core';
import {
  type CreateMomentRequest,
  type Moment,
  type MomentSchedule,
  type OccurrencePreview,
  pulseTitle,
} from '@leerruimte/shared-contracts';
import { nextOccurrences } from '@leerruimte/shared-schedule';
import { MomentScheduler } from '../delivery/moment-scheduler';
import { type MomentStatus, ReflectionMoment } from './moment.entities';
import { type MomentRow, momentRows } from './moments.queries';
import { clientDataContextOf, teamMemberIds } from '@leerruimte/api-identity-data';

const PREVIEW_COUNT = 5;

const invalid = (fields: FieldProblem[]) =>
  new AppError(
    HttpStatus.UNPROCESSABLE_ENTITY,
    'invalid_moment',
    {
      nl: 'Dit reflectiemoment kan zo niet worden gepland.',
      en: 'This reflection moment cannot be planned like this.',
    },
    fields,
  );

const cannot = (from: MomentStatus, to: MomentStatus) =>
  new AppError(HttpStatus.CONFLICT, 'moment_status', {
    nl:
      from === 'ended'
        ? 'Dit reflectiemoment is beëindigd en kan niet meer veranderen.'
        : `Dit reflectiemoment staat al op ${to === 'paused' ? 'pauze' : 'actief'}.`,
    en:
      from === 'ended'
        ? 'This reflection moment has ended and cannot change any more.'
        : `This reflection moment is already ${to}.`,
  });

/** The next occurrences of a schedule after a moment in time, as a moment shows them. */
function preview(schedule: MomentSchedule, after = new Date()): OccurrencePreview[] {
  return nextOccurrences(schedule, after, PREVIEW_COUNT).map((occurrence) => ({
    plannedAt: occurrence.plannedAt.toISOString(),
    deliverAt: occurrence.deliverAt.toISOString(),
  }));
}

/**
 * Team leaders plan, pause, resume and end their team's reflection moments; planning and
 * resuming put the next occurrence on the clock.
 */
@Injectable()
export class MomentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scheduler: MomentScheduler,
    private readonly subjects: MomentSubjectRegistry,
  ) {}

  async create(teamId: string, leadId: string, request: CreateMomentRequest): Promise<Moment> {
    const question = await this.validate(teamId, request);
    const privacy = await this.guardQuestion(leadId, request);
    const { identifiers } = await this.dataSource.getRepository(ReflectionMoment).insert({
      teamId,
      createdById: leadId,
      ...this.fields(request, question),
      ...privacy,
      status: 'active',
    });
    const id = identifiers[0].id as string;
    await this.scheduler.scheduleNext({
      id,
      schedule: request.schedule,
      openDays: request.openDays,
    });
    return this.get(teamId, id);
  }

  /**
   * Changes what is asked and when, from now on: occurrences that already happened keep the
   * question they had; the waiting job for the old next occurrence makes way for the new one.
   */
  async update(
    teamId: string,
    momentId: string,
    request: CreateMomentRequest,
    leadId: string,
  ): Promise<Moment> {
    const before = await this.get(teamId, momentId);
    if (before.status === 'ended') throw cannot('ended', 'active');
    const question = await this.validate(teamId, request);
    const privacy = await this.guardQuestion(leadId, request);
    await this.dataSource
      .getRepository(ReflectionMoment)
      .update({ id: momentId, teamId }, { ...this.fields(request, question), ...privacy });
    await this.scheduler.unscheduleNext({ ...before, id: momentId });
    if (before.status === 'active') {
      await this.scheduler.scheduleNext({
        id: momentId,
        schedule: request.schedule,
        openDays: request.openDays,
      });
    }
    return this.get(teamId, momentId);
  }

  /** A typed question reaches every member: the privacy guard looks at it first. */
  private async guardQuestion(leadId: string, request: CreateMomentRequest) {
    return guardClientTexts(
      { question: request.question },
      request.confirmedNotClientData,
      await clientDataContextOf(this.dataSource, leadId),
    );
  }

  private fields(request: CreateMomentRequest, question: string) {
    return {
      kind: request.kind,
      question,
      cardSlug: request.cardSlug ?? null,
      moduleSlug: request.moduleSlug ?? null,
      experimentId: request.experimentId ?? null,
      whyQuestionId: request.whyQuestionId ?? null,
      memberIds: request.memberIds ?? null,
      schedule: request.schedule,
      openDays: request.openDays,
      reminderDays: [...new Set(request.reminderDays)].sort((a, b) => a - b),
    };
  }

  /**
   * The question to ask (typed, the card's, or the pulse's title), or a 422 naming every field
   * that is wrong.
   */
  private async validate(teamId: string, request: CreateMomentRequest): Promise<string> {
    const problems: FieldProblem[] = [];
    let question = request.kind === 'pulse' ? pulseTitle : request.question;
    const [card, learningModule, experiment, whyQuestion] = await Promise.all([
      this.subjects.titles('card', teamId, [request.cardSlug]),
      this.subjects.titles('module', teamId, [request.moduleSlug]),
      this.subjects.titles('experiment', teamId, [request.experimentId]),
      this.subjects.titles('whyQuestion', teamId, [request.whyQuestionId]),
    ]);
    if (request.cardSlug) {
      // The moment keeps the card's question as it was when picked.
      const cardQuestion = card.get(request.cardSlug);
      if (cardQuestion === undefined) {
        problems.push({
          field: 'cardSlug',
          code: 'unknown_card',
          text: { nl: 'Dit kaartje bestaat niet.', en: 'This card does not exist.' },
        });
      }
      question ??= cardQuestion;
    }
    if (request.moduleSlug && !learningModule.has(request.moduleSlug)) {
      problems.push({
        field: 'moduleSlug',
        code: 'unknown_module',
        text: { nl: 'Deze module bestaat niet.', en: 'This module does not exist.' },
      });
    }
    for (const [field, id, found] of [
      ['experimentId', request.experimentId, experiment],
      ['whyQuestionId', request.whyQuestionId, whyQuestion],
    ] as const) {
      if (id && !found.has(id)) {
        problems.push({
          field,
          code: 'not_in_team',
          text: { nl: 'Hoort niet bij dit team.', en: 'Does not belong to this team.' },
        });
      }
    }
    if (request.memberIds) {
      const inTeam = new Set(await teamMemberIds(this.dataSource, teamId));
      request.memberIds.forEach((id, index) => {
        if (!inTeam.has(id)) {
          problems.push({
            field: `memberIds.${index}`,
            code: 'not_a_member',
            text: {
              nl: 'Deze persoon zit niet in het team.',
              en: 'This person is not in the team.',
            },
          });
        }
      });
    }
    if (preview(request.schedule).length === 0) {
      problems.push({
        field: 'schedule',
        code: 'no_occurrences',
        text: {
          nl: 'Dit schema heeft geen momenten meer in de toekomst.',
          en: 'This schedule has no more moments in the future.',
        },
      });
    }
    if (problems.length > 0 || !question) throw invalid(problems);
    return question;
  }

  async list(teamId: string): Promise<Moment[]> {
    const rows = await this.rows(teamId);
    return rows.map(momentView);
  }

  async get(teamId: string, momentId: string): Promise<Moment> {
    const [row] = await this.rows(teamId, momentId);
    if (!row) throw notFound();
    return momentView(row);
  }

  /**
   * The moments, with the titles of the board items they are about (hidden ones go) and of the
   * trainings they follow up.
   */
  private async rows(teamId: string, momentId?: string): Promise<MomentView[]> {
    const rows = await momentRows(this.dataSource, teamId, momentId);
    const [experiments, whyQuestions, trainings] = await Promise.all([
      this.subjects.titles(
        'experiment',
        teamId,
        rows.map((row) => row.experiment_id),
      ),
      this.subjects.titles(
        'whyQuestion',
        teamId,
        rows.map((row) => row.why_question_id),
      ),
      this.subjects.titles(
        'training',
        teamId,
        rows.map((row) => row.training_id),
      ),
    ]);
    return rows.map((row) => ({
      ...row,
      experiment_title: row.experiment_id ? (experiments.get(row.experiment_id) ?? null) : null,
      why_question: row.why_question_id ? (whyQuestions.get(row.why_question_id) ?? null) : null,
      training_title: row.training_id ? (trainings.get(row.training_id) ?? null) : null,
    }));
  }

  /** Pause, resume or end; an ended moment stays ended. Past prompts and answers stay. */
  async changeStatus(teamId: string, momentId: string, to: MomentStatus): Promise<Moment> {
    const moment = await this.get(teamId, momentId);
    if (moment.status === 'ended' || moment.status === to) throw cannot(moment.status, to);
    await this.dataSource
      .getRepository(ReflectionMoment)
      .update({ id: momentId, teamId }, { status: to });
    // A paused or ended moment's waiting job finds it inactive and does nothing; the
    // reconciler removes it. Resuming puts the next occurrence on the clock again.
    if (to === 'active') {
      await this.scheduler.scheduleNext(moment);
    }
    return this.get(teamId, momentId);
  }
}

type MomentView = MomentRow & {
  experiment_title: string | null;
  why_question: string | null;
  training_title: string | null;
};

function momentView(row: MomentView): Moment {
  return {
    id: row.id,
    kind: row.kind,
    question: row.question,
    cardSlug: row.card_slug,
    moduleSlug: row.module_slug,
    experiment:
      row.experiment_id && row.experiment_title !== null
        ? { id: row.experiment_id, title: row.experiment_title }
        : null,
    whyQuestion:
      row.why_question_id && row.why_question !== null
        ? { id: row.why_question_id, question: row.why_question }
        : null,
    training:
      row.training_id && row.training_title !== null
        ? { id: row.training_id, title: row.training_title }
        : null,
    wholeTeam: row.member_ids === null,
    memberIds: row.member_ids ?? [],
    schedule: row.schedule,
    openDays: row.open_days,
    reminderDays: row.reminder_days,
    status: row.status,
    createdBy: row.created_by_name,
    createdAt: row.created_at.toISOString(),
    next: row.status === 'active' ? preview(row.schedule) : [],
  };
}
