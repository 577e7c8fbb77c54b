import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError, notFound } from '@leerruimte/api-core';
import { AuditLog } from '@leerruimte/api-identity-data';
import type {
  Board,
  PracticeTheme,
  BoardItemType,
  BoardSettings,
  ExperimentStatus,
  HideItemRequest,
  Learning,
  LearningFilter,
} from '@leerruimte/shared-contracts';
import { ExperimentsService } from '../experiments/experiments.service';
import { boardErrors } from '../shared/board-rows';
import { TeamContext } from '../shared/team-context';
import { WhyQuestionsService } from '../why-questions/why-questions.service';
import type { BoardSummary } from './board-export';
import { learningsOf, lockedHiddenState } from './board.queries';
import { BoardSettingsRow } from './board-settings.entity';

const tables: Record<BoardItemType, string> = {
  why_question: 'why_question',
  why_answer: 'why_answer',
  case: 'team_case',
  experiment: 'experiment',
  log_entry: 'experiment_log_entry',
};

const BOARD_QUESTIONS = 10;
const ACTIVE: ExperimentStatus[] = ['idea', 'planned', 'running', 'evaluating'];

const shown = <T extends { hidden: unknown }>(items: T[]) => items.filter((item) => !item.hidden);

const RECENT_LEARNINGS = 5;
const HISTORY_LIMIT = 200;

/** The team's board as a whole: overview, history of learnings, settings, moderation. */
@Injectable()
export class BoardService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly teams: TeamContext,
    private readonly questions: WhyQuestionsService,
    private readonly experiments: ExperimentsService,
    private readonly audit: AuditLog,
  ) {}

  async board(teamId: string, userId: string): Promise<Board> {
    const context = await this.teams.of(teamId, userId);
    const [questions, activeExperiments, recentLearnings] = await Promise.all([
      this.questions.list(teamId, userId, {
        undiscussedOnly: true,
        limit: BOARD_QUESTIONS,
      }),
      this.experiments.list(teamId, { statuses: ACTIVE }),
      this.learnings(teamId, {}, RECENT_LEARNINGS),
    ]);
    return {
      teamName: context.teamName,
      openQuestions: questions,
      activeExperiments: shown(activeExperiments),
      recentLearnings,
      settings: { agendaBy: await this.agendaBy(teamId) },
      isLead: context.isLead,
    };
  }

  /** The board for a team meeting, on one theme or all, for the export. */
  async summary(teamId: string, userId: string, theme?: PracticeTheme): Promise<BoardSummary> {
    const context = await this.teams.of(teamId, userId);
    const [questions, experiments, learnings] = await Promise.all([
      this.questions.list(teamId, userId, { theme, undiscussedOnly: true }),
      this.experiments.list(teamId, { theme, statuses: ACTIVE }),
      this.learnings(teamId, { theme }),
    ]);
    return {
      teamName: context.teamName,
      theme: theme ?? null,
      date: new Date().toISOString().slice(0, 10),
      questions,
      experiments: shown(experiments),
      learnings,
    };
  }

  /**
   * What the team learned, newest first: conclusions of discussed why-questions and
   * evaluations of experiments. It stays when the people who wrote it leave the team.
   */
  async learnings(
    teamId: string,
    filter: LearningFilter,
    limit = HISTORY_LIMIT,
  ): Promise<Learning[]> {
    const search = filter.q ? `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
    const rows = await learningsOf(
      this.dataSource,
      teamId,
      { theme: filter.theme ?? null, search },
      limit,
    );
    return rows.map((row) => ({ ...row, at: row.at.toISOString() }));
  }

  async updateSettings(teamId: string, settings: BoardSettings): Promise<BoardSettings> {
    await this.dataSource
      .getRepository(BoardSettingsRow)
      .upsert({ teamId, agendaBy: settings.agendaBy }, ['teamId']);
    return { agendaBy: await this.agendaBy(teamId) };
  }

  /** The lead hides an item with a reason; the audit log keeps who, what and why. */
  async hide(teamId: string, leadId: string, request: HideItemRequest): Promise<void> {
    const context = await this.teams.of(teamId, leadId);
    if (!context.isLead) throw boardErrors.notLead();
    const table = tables[request.itemType];
    await this.dataSource.transaction(async (manager) => {
      const found = await lockedHiddenState(manager, table, request.itemId, teamId);
      if (!found) throw notFound();
      if (found.hidden) {
        throw new AppError(HttpStatus.CONFLICT, 'already_hidden', {
          nl: 'Dit is al verborgen.',
          en: 'This is hidden already.',
        });
      }
      await manager.query(
        `UPDATE ${table} SET hidden_at = now(), hidden_reason = $2, hidden_by_id = $3
          WHERE id = $1`,
        [request.itemId, request.reason, leadId],
      );
      await this.audit.record(manager, {
        action: 'board.item_hidden',
        organisationId: context.organisationId,
        actorId: leadId,
        teamId,
        details: { itemType: request.itemType, itemId: request.itemId, reason: request.reason },
      });
    });
  }

  private async agendaBy(teamId: string): Promise<BoardSettings['agendaBy']> {
    const row = await this.dataSource.getRepository(BoardSettingsRow).findOneBy({ teamId });
    return row?.agendaBy ?? 'lead';
  }
}
