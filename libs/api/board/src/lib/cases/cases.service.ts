import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { guardClientTexts, notFound } from '@leerruimte/api-core';
import type {
  CaseDetail,
  CaseDiscussionRequest,
  CaseRequest,
  CaseSummary,
} from '@leerruimte/shared-contracts';
import {
  type PeopleColumns,
  authorOf,
  boardErrors,
  hiddenOf,
  peopleColumns,
  peopleJoins,
  shownText,
} from '../shared/board-rows';
import { Case, CaseDiscussion } from './case.entities';

interface CaseRow extends PeopleColumns {
  id: string;
  title: string;
  description: string;
  theme: CaseSummary['theme'];
  created_at: Date;
  question_count: number;
  experiment_count: number;
  discussion_count: number;
}

/** Cases from practice, pseudonymised, and the structured discussions held about them. */
@Injectable()
export class CasesService {
  constructor(private readonly dataSource: DataSource) {}

  async list(
    teamId: string,
    onlyId?: string,
  ): Promise<Array<CaseSummary & { description: string }>> {
    const rows: CaseRow[] = await this.dataSource.query(
      `SELECT c.id, c.title, c.description, c.theme, c.created_at,
              (SELECT count(*)::int FROM why_question q WHERE q.case_id = c.id) AS question_count,
              (SELECT count(*)::int FROM experiment e WHERE e.case_id = c.id) AS experiment_count,
              (SELECT count(*)::int FROM case_discussion d WHERE d.case_id = c.id)
                AS discussion_count,
              ${peopleColumns('c')}
         FROM team_case c ${peopleJoins('c')}
        WHERE c.team_id = $1 AND ($2::uuid IS NULL OR c.id = $2)
        ORDER BY c.created_at DESC, c.id`,
      [teamId, onlyId ?? null],
    );
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
      this.dataSource.query(
        `SELECT d.id, d.method, d.held_on::text, d.steps, d.outcome, d.created_at,
                ${peopleColumns('d')}
           FROM case_discussion d ${peopleJoins('d')}
          WHERE d.case_id = $1 ORDER BY d.held_on DESC, d.created_at DESC`,
        [caseId],
      ) as Promise<
        Array<
          PeopleColumns & {
            id: string;
            method: CaseDetail['discussions'][number]['method'];
            held_on: string;
            steps: Array<{ step: string; notes: string }>;
            outcome: string;
            created_at: Date;
          }
        >
      >,
      this.dataSource.query(
        `SELECT id, CASE WHEN hidden_at IS NULL THEN question ELSE '' END AS question
           FROM why_question WHERE case_id = $1 ORDER BY created_at`,
        [caseId],
      ) as Promise<Array<{ id: string; question: string }>>,
      this.dataSource.query(
        `SELECT id, CASE WHEN hidden_at IS NULL THEN title ELSE '' END AS title
           FROM experiment WHERE case_id = $1 ORDER BY created_at`,
        [caseId],
      ) as Promise<Array<{ id: string; title: string }>>,
    ]);
    return {
      ...found,
      discussions: discussions.map((row) => ({
        id: row.id,
        method: row.method,
        heldOn: row.held_on,
        steps: hidden ? [] : row.steps,
        outcome: hidden ? '' : row.outcome,
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
    request: CaseDiscussionRequest,
  ): Promise<CaseDetail> {
    const found = await this.find(teamId, caseId);
    if (found.hiddenAt) throw boardErrors.hidden();
    const privacy = guardClientTexts(
      {
        ...Object.fromEntries(
          request.steps.map((entry, index) => [`steps.${index}.notes`, entry.notes]),
        ),
        outcome: request.outcome,
      },
      request.confirmedNotClientData,
    );
    await this.dataSource.getRepository(CaseDiscussion).insert({
      teamId,
      caseId,
      authorId: userId,
      method: request.method,
      heldOn: request.heldOn,
      steps: request.steps,
      outcome: request.outcome,
      ...privacy,
    });
    return this.detail(teamId, caseId);
  }

  private async find(teamId: string, caseId: string): Promise<Case> {
    const found = await this.dataSource.getRepository(Case).findOneBy({ id: caseId, teamId });
    if (!found) throw notFound();
    return found;
  }
}
