import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError, type FieldProblem, notFound } from '@leerruimte/api-core';
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
  ) {}

  async create(teamId: string, leadId: string, request: CreateMomentRequest): Promise<Moment> {
    const question = await this.validate(teamId, request);
    const { identifiers } = await this.dataSource.getRepository(ReflectionMoment).insert({
      teamId,
      createdById: leadId,
      ...this.fields(request, question),
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
  async update(teamId: string, momentId: string, request: CreateMomentRequest): Promise<Moment> {
    const before = await this.get(teamId, momentId);
    if (before.status === 'ended') throw cannot('ended', 'active');
    const question = await this.validate(teamId, request);
    await this.dataSource
      .getRepository(ReflectionMoment)
      .update({ id: momentId, teamId }, this.fields(request, question));
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
    if (request.cardSlug) {
      // Cards are the learning domain's; the moment keeps the question as it was picked.
      const [card]: Array<{ question: string }> = await this.dataSource.query(
        `SELECT question FROM card WHERE slug = $1 AND removed_at IS NULL`,
        [request.cardSlug],
      );
      if (!card) {
        problems.push({
          field: 'cardSlug',
          code: 'unknown_card',
          text: { nl: 'Dit kaartje bestaat niet.', en: 'This card does not exist.' },
        });
      }
      question ??= card?.question;
    }
    if (request.moduleSlug) {
      const [found]: unknown[] = await this.dataSource.query(
        `SELECT 1 FROM learning_module WHERE slug = $1 AND removed_at IS NULL`,
        [request.moduleSlug],
      );
      if (!found) {
        problems.push({
          field: 'moduleSlug',
          code: 'unknown_module',
          text: { nl: 'Deze module bestaat niet.', en: 'This module does not exist.' },
        });
      }
    }
    // The board's items are another domain's; the team is what must match.
    for (const [field, table, id] of [
      ['experimentId', 'experiment', request.experimentId],
      ['whyQuestionId', 'why_question', request.whyQuestionId],
    ] as const) {
      if (!id) continue;
      const [found]: unknown[] = await this.dataSource.query(
        `SELECT 1 FROM ${table} WHERE id = $1 AND team_id = $2 AND hidden_at IS NULL`,
        [id, teamId],
      );
      if (!found) {
        problems.push({
          field,
          code: 'not_in_team',
          text: { nl: 'Hoort niet bij dit team.', en: 'Does not belong to this team.' },
        });
      }
    }
    if (request.memberIds) {
      const members: Array<{ user_id: string }> = await this.dataSource.query(
        `SELECT user_id FROM team_membership WHERE team_id = $1`,
        [teamId],
      );
      const inTeam = new Set(members.map((member) => member.user_id));
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

  /** One query for one moment or all of the team's, newest first. */
  private rows(teamId: string, momentId?: string): Promise<ReflectionMomentRow[]> {
    return this.dataSource.query(
      `SELECT m.*, u.name AS created_by_name,
              e.title AS experiment_title, q.question AS why_question
         FROM reflection_moment m
         LEFT JOIN app_user u ON u.id = m.created_by_id
         LEFT JOIN experiment e ON e.id = m.experiment_id AND e.hidden_at IS NULL
         LEFT JOIN why_question q ON q.id = m.why_question_id AND q.hidden_at IS NULL
        WHERE m.team_id = $1 AND ($2::uuid IS NULL OR m.id = $2)
        ORDER BY m.created_at DESC`,
      [teamId, momentId ?? null],
    );
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

interface ReflectionMomentRow {
  id: string;
  kind: 'question' | 'pulse';
  question: string;
  card_slug: string | null;
  module_slug: string | null;
  experiment_id: string | null;
  experiment_title: string | null;
  why_question_id: string | null;
  why_question: string | null;
  member_ids: string[] | null;
  schedule: MomentSchedule;
  open_days: number;
  reminder_days: number[];
  status: MomentStatus;
  created_by_name: string | null;
  created_at: Date;
}

function momentView(row: ReflectionMomentRow): Moment {
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
