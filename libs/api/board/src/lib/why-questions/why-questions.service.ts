import { HttpStatus, Injectable } from '@nestjs/common';
import { clientDataContextOf } from '@leerruimte/api-identity-data';
import { DataSource } from 'typeorm';
import { AppError, type FieldProblem, guardClientTexts, notFound } from '@leerruimte/api-core';
import { Notifier } from '@leerruimte/api-notifications';
import {
  type CreateWhyQuestionRequest,
  type NotificationContent,
  type UpdateWhyQuestionRequest,
  type WhyAnswer as WhyAnswerView,
  type WhyAnswerRequest,
  type WhyQuestionDetail,
  type WhyQuestionFilter,
  type WhyQuestionSummary,
  whyChainMaxDepth,
} from '@leerruimte/shared-contracts';
import {
  authorOf,
  boardErrors,
  hiddenOf,
  shownText,
  withEarlierFindings,
} from '../shared/board-rows';
import { TeamContext, type TeamContextView } from '../shared/team-context';
import { WhyAnswer, WhyQuestion, WhyVote } from './why-question.entities';
import {
  type LinkedQuestionRow,
  answersTo,
  chainAbove,
  deeperQuestions,
  parentQuestion,
  whyQuestionSummaries,
} from './why-questions.queries';

const notOpen = () =>
  new AppError(HttpStatus.CONFLICT, 'question_not_open', {
    nl: 'Deze vraag is al besproken of een experiment geworden.',
    en: 'This question was already discussed or became an experiment.',
  });

const mayNotPlan = () =>
  new AppError(HttpStatus.FORBIDDEN, 'may_not_plan_discussion', {
    nl: 'In dit team zet de teamleider vragen op de agenda.',
    en: 'In this team, the team lead puts questions on the agenda.',
  });

/** Why-questions: logged by any member, answered, voted on, discussed, dug into. */
@Injectable()
export class WhyQuestionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly teams: TeamContext,
    private readonly notifier: Notifier,
  ) {}

  /** Most votes first; hidden questions stay in the list, without their text. */
  async list(
    teamId: string,
    userId: string,
    filter: WhyQuestionFilter & {
      ids?: string[];
      /** For the board: only shown questions still waiting for the team's discussion. */
      undiscussedOnly?: boolean;
      limit?: number;
    } = {},
  ): Promise<WhyQuestionSummary[]> {
    const rows = await whyQuestionSummaries(this.dataSource, teamId, userId, {
      theme: filter.theme ?? null,
      status: filter.status ?? null,
      ids: filter.ids ?? null,
      undiscussedOnly: filter.undiscussedOnly ?? false,
      limit: filter.limit ?? null,
    });
    return rows.map((row) => ({
      id: row.id,
      question: shownText(row, row.question),
      theme: row.theme,
      status: row.status,
      author: authorOf(row),
      createdAt: row.created_at.toISOString(),
      votes: row.votes,
      votedByMe: row.voted_by_me,
      answerCount: row.answer_count,
      case: row.case_id ? { id: row.case_id, title: row.case_title ?? '' } : null,
      parentQuestionId: row.parent_id,
      depth: row.depth,
      conclusion: row.conclusion === null ? null : shownText(row, row.conclusion),
      discussedAt: row.discussed_at?.toISOString() ?? null,
      experimentId: row.experiment_id,
      hidden: hiddenOf(row),
    }));
  }

  async detail(teamId: string, questionId: string, userId: string): Promise<WhyQuestionDetail> {
    const [summary] = await this.list(teamId, userId, { ids: [questionId] });
    if (!summary) throw notFound();
    const context = await this.teams.of(teamId, userId);
    const answers = await answersTo(this.dataSource, questionId);
    const chain = await chainAbove(this.dataSource, questionId);
    const deeper = await deeperQuestions(this.dataSource, questionId);
    const link = (row: LinkedQuestionRow) => ({
      id: row.id,
      question: row.hidden ? '' : row.question,
    });
    return {
      ...summary,
      answers: answers.map((row): WhyAnswerView => ({
        id: row.id,
        text: shownText(row, row.text),
        author: authorOf(row),
        createdAt: row.created_at.toISOString(),
        hidden: hiddenOf(row),
      })),
      chainAbove: chain.map(link),
      deeper: deeper.map(link),
      mayPlanDiscussion: context.mayPlanDiscussion,
    };
  }

  async create(
    teamId: string,
    userId: string,
    request: CreateWhyQuestionRequest,
  ): Promise<WhyQuestionDetail> {
    const problems: FieldProblem[] = [];
    if (request.caseId && !(await this.teams.owns('team_case', request.caseId, teamId))) {
      problems.push(boardErrors.notInTeam('caseId'));
    }
    let depth = 1;
    if (request.parentQuestionId) {
      const parent = await parentQuestion(this.dataSource, request.parentQuestionId, teamId);
      if (!parent) {
        problems.push(boardErrors.notInTeam('parentQuestionId'));
      } else if (parent.depth >= whyChainMaxDepth) {
        problems.push({
          field: 'parentQuestionId',
          code: 'chain_too_deep',
          text: {
            nl: `Een waarom-keten gaat hoogstens ${whyChainMaxDepth} vragen diep.`,
            en: `A why-chain goes at most ${whyChainMaxDepth} questions deep.`,
          },
        });
      } else if (parent.hidden) {
        throw boardErrors.hidden();
      } else {
        depth = parent.depth + 1;
      }
    }
    if (problems.length > 0) throw boardErrors.invalidLinks(problems);
    const privacy = guardClientTexts(
      { question: request.question },
      request.confirmedNotClientData,
      await clientDataContextOf(this.dataSource, userId),
    );
    const { identifiers } = await this.dataSource.getRepository(WhyQuestion).insert({
      teamId,
      authorId: userId,
      question: request.question,
      theme: request.theme,
      caseId: request.caseId ?? null,
      parentId: request.parentQuestionId ?? null,
      depth,
      ...privacy,
    });
    return this.detail(teamId, identifiers[0].id as string, userId);
  }

  async update(
    teamId: string,
    questionId: string,
    userId: string,
    request: UpdateWhyQuestionRequest,
  ): Promise<WhyQuestionDetail> {
    const question = await this.find(teamId, questionId);
    if (question.authorId !== userId) throw boardErrors.notAuthor();
    if (question.hiddenAt) throw boardErrors.hidden();
    const privacy = guardClientTexts(
      { question: request.question },
      request.confirmedNotClientData,
      await clientDataContextOf(this.dataSource, userId),
    );
    await this.dataSource
      .getRepository(WhyQuestion)
      .update({ id: questionId }, { question: request.question, theme: request.theme, ...privacy });
    return this.detail(teamId, questionId, userId);
  }

  /** An answer or thought; the question's author hears of it. */
  async answer(
    teamId: string,
    questionId: string,
    userId: string,
    request: WhyAnswerRequest,
  ): Promise<WhyQuestionDetail> {
    const question = await this.find(teamId, questionId);
    if (question.hiddenAt) throw boardErrors.hidden();
    const privacy = guardClientTexts(
      { text: request.text },
      request.confirmedNotClientData,
      await clientDataContextOf(this.dataSource, userId),
    );
    const context = await this.teams.of(teamId, userId);
    const notified = question.authorId && question.authorId !== userId ? [question.authorId] : [];
    const content: NotificationContent = {
      kind: 'why_question_answered',
      teamId,
      questionId,
      question: question.question,
      teamName: context.teamName,
      answeredBy: await this.teams.nameOf(userId),
    };
    await this.dataSource.transaction(async (manager) => {
      await manager.insert(WhyAnswer, {
        teamId,
        questionId,
        authorId: userId,
        text: request.text,
        ...privacy,
      });
      await this.notifier.notify(notified, content, manager);
    });
    await this.notifier.announce(notified);
    await this.notifier.mailEach(notified, content);
    return this.detail(teamId, questionId, userId);
  }

  /** One vote per member: voting twice changes nothing, withdrawing an absent vote neither. */
  async vote(
    teamId: string,
    questionId: string,
    userId: string,
    voted: boolean,
  ): Promise<WhyQuestionDetail> {
    const question = await this.find(teamId, questionId);
    if (voted) {
      if (question.hiddenAt) throw boardErrors.hidden();
      await this.dataSource
        .createQueryBuilder()
        .insert()
        .into(WhyVote)
        .values({ questionId, userId })
        .orIgnore()
        .execute();
    } else {
      await this.dataSource.getRepository(WhyVote).delete({ questionId, userId });
    }
    return this.detail(teamId, questionId, userId);
  }

  /** On or off the agenda of the next team meeting; the team hears when it goes on. */
  async setOnAgenda(
    teamId: string,
    questionId: string,
    userId: string,
    onAgenda: boolean,
  ): Promise<WhyQuestionDetail> {
    const question = await this.find(teamId, questionId);
    const context = await this.mayPlan(teamId, userId);
    if (question.hiddenAt) throw boardErrors.hidden();
    if (question.status !== 'open' && question.status !== 'on_agenda') throw notOpen();
    const wanted = onAgenda ? 'on_agenda' : 'open';
    if (question.status === wanted) return this.detail(teamId, questionId, userId);
    const notified = onAgenda
      ? (await this.teams.memberIds(teamId)).filter((id) => id !== userId)
      : [];
    const content: NotificationContent = {
      kind: 'why_question_on_agenda',
      teamId,
      questionId,
      question: question.question,
      teamName: context.teamName,
    };
    await this.dataSource.transaction(async (manager) => {
      await manager.update(
        WhyQuestion,
        { id: questionId },
        { status: wanted, onAgendaAt: onAgenda ? new Date() : null },
      );
      await this.notifier.notify(notified, content, manager);
    });
    await this.notifier.announce(notified);
    await this.notifier.mailEach(notified, content);
    return this.detail(teamId, questionId, userId);
  }

  async markDiscussed(
    teamId: string,
    questionId: string,
    userId: string,
    conclusion: string,
    confirmedNotClientData?: boolean,
  ): Promise<WhyQuestionDetail> {
    const question = await this.find(teamId, questionId);
    await this.mayPlan(teamId, userId);
    if (question.hiddenAt) throw boardErrors.hidden();
    if (question.status !== 'open' && question.status !== 'on_agenda') throw notOpen();
    const privacy = guardClientTexts(
      { conclusion },
      confirmedNotClientData,
      await clientDataContextOf(this.dataSource, userId),
    );
    await this.dataSource.getRepository(WhyQuestion).update(
      { id: questionId },
      {
        status: 'discussed',
        conclusion,
        discussedAt: new Date(),
        ...withEarlierFindings(question, privacy),
      },
    );
    return this.detail(teamId, questionId, userId);
  }

  private async mayPlan(teamId: string, userId: string): Promise<TeamContextView> {
    const context = await this.teams.of(teamId, userId);
    if (!context.mayPlanDiscussion) throw mayNotPlan();
    return context;
  }

  private async find(teamId: string, questionId: string): Promise<WhyQuestion> {
    const question = await this.dataSource
      .getRepository(WhyQuestion)
      .findOneBy({ id: questionId, teamId });
    if (!question) throw notFound();
    return question;
  }
}
