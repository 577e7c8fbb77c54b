import { Injectable } from '@nestjs/common';
import { clientDataContextOf } from '@leerruimte/api-identity-data';
import { DataSource } from 'typeorm';
import { guardClientTexts, notFound } from '@leerruimte/api-core';
import type { z } from 'zod';
import type {
  CaseDetail,
  CaseRequest,
  CaseSummary,
  caseDiscussionRequestSchema,
} from '@leerruimte/shared-contracts';
import { authorOf, boardErrors, hiddenOf, shownText } from '../shared/board-rows';
import { TeamContext } from '../shared/team-context';
import { Case, CaseDiscussion, CaseDiscussionParticipant } from './case.entities';
import { caseExperimentsOf, caseQuestionsOf, casesOf, discussionsOf } from './cases.queries';

/** Cases from practice, pseudonymised, and the structured discussions held about them. */
@Injectable()
export class CasesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly teams: TeamContext,
  ) {}

  async list(
    teamId: string,
    onlyId?: string,
  ): Promise<Array<CaseSummary & { description: string }>> {
    const rows = await casesOf(this.dataSource, teamId, onlyId ?? null);
    return rows.map((row) => ({
      id: row.id,
      title: shownText(row, row.title),
      description: shownText(row, row.description),
      theme: row.theme,
      author: authorOf(row),
      createdAt: row.created_at.toISOString(),
      questionCount: row.question_count,
      experimentCount: row.experiment_count,
      discussionCount: row.discussion_count,
      hidden: hiddenOf(row),
    }));
  }

  async summaries(teamId: string): Promise<CaseSummary[]> {
    return (await this.list(teamId)).map(({ description: _, ...summary }) => summary);
  }

  async detail(teamId: string, caseId: string): Promise<CaseDetail> {
    const [found] = await this.list(teamId, caseId);
    if (!found) throw notFound();
    const hidden = found.hidden !== null;
    const [discussions, questions, experiments] = await Promise.all([
      discussionsOf(this.dataSource, caseId),
      caseQuestionsOf(this.dataSource, caseId),
      caseExperimentsOf(this.dataSource, caseId),
    ]);
    return {
      ...found,
      discussions: discussions.map((row) => ({
        id: row.id,
        method: row.method,
        heldOn: row.held_on,
        steps: hidden ? [] : row.steps,
        outcome: hidden ? '' : row.outcome,
        participants: row.participants,
        minutes: row.minutes,
        recordedBy: authorOf(row),
        createdAt: row.created_at.toISOString(),
      })),
      questions,
      experiments,
    };
  }

  async create(teamId: string, userId: string, request: CaseRequest): Promise<CaseDetail> {
    const privacy = guardClientTexts(
      { title: request.title, description: request.description },
      request.confirmedNotClientData,
      await clientDataContextOf(this.dataSource, userId),
    );
    const { identifiers } = await this.dataSource.getRepository(Case).insert({
      teamId,
      authorId: userId,
      title: request.title,
      description: request.description,
      theme: request.theme ?? null,
      ...privacy,
    });
    return this.detail(teamId, identifiers[0].id as string);
  }

  async update(
    teamId: string,
    caseId: string,
    userId: string,
    request: CaseRequest,
  ): Promise<CaseDetail> {
    const found = await this.find(teamId, caseId);
    if (found.authorId !== userId) throw boardErrors.notAuthor();
    if (found.hiddenAt) throw boardErrors.hidden();
    const privacy = guardClientTexts(
      { title: request.title, description: request.description },
      request.confirmedNotClientData,
      await clientDataContextOf(this.dataSource, userId),
    );
    await this.dataSource.getRepository(Case).update(
      { id: caseId },
      {
        title: request.title,
        description: request.description,
        theme: request.theme ?? null,
        ...privacy,
      },
    );
    return this.detail(teamId, caseId);
  }

  /** A structured case discussion: the notes per step of the method, and the outcome. */
  async addDiscussion(
    teamId: string,
    caseId: string,
    userId: string,
    request: z.output<typeof caseDiscussionRequestSchema>,
  ): Promise<CaseDetail> {
    const found = await this.find(teamId, caseId);
    if (found.hiddenAt) throw boardErrors.hidden();
    const participantIds = [...new Set(request.participantIds)];
    const outsiders = await this.teams.nonMembers(teamId, participantIds);
    if (outsiders.size > 0) {
      throw boardErrors.invalidLinks(
        request.participantIds.flatMap((id, index) =>
          outsiders.has(id) ? [boardErrors.notInTeam(`participantIds.${index}`)] : [],
        ),
      );
    }
    const privacy = guardClientTexts(
      {
        ...Object.fromEntries(
          request.steps.map((entry, index) => [`steps.${index}.notes`, entry.notes]),
        ),
        outcome: request.outcome,
      },
      request.confirmedNotClientData,
      await clientDataContextOf(this.dataSource, userId),
    );
    await this.dataSource.transaction(async (manager) => {
      const { identifiers } = await manager.insert(CaseDiscussion, {
        teamId,
        caseId,
        authorId: userId,
        method: request.method,
        heldOn: request.heldOn,
        steps: request.steps,
        outcome: request.outcome,
        minutes: request.minutes ?? null,
        ...privacy,
      });
      if (participantIds.length > 0) {
        await manager.insert(
          CaseDiscussionParticipant,
          participantIds.map((participantId) => ({
            discussionId: identifiers[0].id as string,
            userId: participantId,
          })),
        );
      }
    });
    return this.detail(teamId, caseId);
  }

  private async find(teamId: string, caseId: string): Promise<Case> {
    const found = await this.dataSource.getRepository(Case).findOneBy({ id: caseId, teamId });
    if (!found) throw notFound();
    return found;
  }
}
