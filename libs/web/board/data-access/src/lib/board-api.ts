import { HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type {
  AgendaRequest,
  Board,
  BoardExportFilter,
  BoardSettings,
  CaseDetail,
  CaseDiscussionRequest,
  CaseRequest,
  CaseSummary,
  CreateExperimentRequest,
  CreateWhyQuestionRequest,
  DataPointRequest,
  DiscussedRequest,
  ExperimentDetail,
  ExperimentEvaluationRequest,
  ExperimentFilter,
  ExperimentPlanRequest,
  ExperimentStatus,
  ExperimentSummary,
  HideItemRequest,
  Learning,
  LearningFilter,
  LogEntryRequest,
  UpdateWhyQuestionRequest,
  WhyAnswerRequest,
  WhyQuestionDetail,
  WhyQuestionFilter,
  WhyQuestionSummary,
} from '@leerruimte/shared-contracts';
import { ApiClient } from '@leerruimte/web-shared-api-client';
import {
  boardControllerBoard,
  boardControllerHide,
  boardControllerLearnings,
  boardControllerUpdateSettings,
  casesControllerAddDiscussion,
  casesControllerCreate,
  casesControllerDetail,
  casesControllerList,
  casesControllerUpdate,
  experimentsControllerAddDataPoint,
  experimentsControllerAddLogEntry,
  experimentsControllerChangeStatus,
  experimentsControllerCreate,
  experimentsControllerDetail,
  experimentsControllerEvaluate,
  experimentsControllerList,
  experimentsControllerUpdate,
  whyQuestionsControllerAgenda,
  whyQuestionsControllerAnswer,
  whyQuestionsControllerCreate,
  whyQuestionsControllerDetail,
  whyQuestionsControllerDiscussed,
  whyQuestionsControllerList,
  whyQuestionsControllerUpdate,
  whyQuestionsControllerVote,
  whyQuestionsControllerWithdrawVote,
} from '@leerruimte/web-shared-api-client/board';

/** Leaves out empty filters, so "all themes" is no `theme=` at all. */
function toParams(filter: Record<string, string | undefined>): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value !== undefined && value !== '') params = params.set(key, value);
  }
  return params;
}

/** Where the board's learnings are downloaded: a plain link, so the browser saves the file. */
export function boardExportUrl(teamId: string, filter: BoardExportFilter): string {
  const query = toParams({ format: filter.format, theme: filter.theme }).toString();
  return `/api/teams/${encodeURIComponent(teamId)}/board/export?${query}`;
}

/** The endpoints of a team's learning board, through the generated client. */
@Injectable({ providedIn: 'root' })
export class BoardApi {
  private readonly api = inject(ApiClient);

  board(teamId: string): Observable<Board> {
    return this.api.invoke(boardControllerBoard, { teamId });
  }

  saveSettings(teamId: string, settings: BoardSettings): Observable<BoardSettings> {
    return this.api.invoke(boardControllerUpdateSettings, { teamId, body: settings });
  }

  learnings(teamId: string, filter: LearningFilter = {}): Observable<Learning[]> {
    // An empty search is no `q=` at all.
    return this.api.invoke(boardControllerLearnings, {
      teamId,
      ...filter,
      q: filter.q || undefined,
    });
  }

  hide(teamId: string, request: HideItemRequest): Observable<void> {
    return this.api.invoke(boardControllerHide, { teamId, body: request });
  }

  whyQuestions(teamId: string, filter: WhyQuestionFilter = {}): Observable<WhyQuestionSummary[]> {
    return this.api.invoke(whyQuestionsControllerList, { teamId, ...filter });
  }

  whyQuestion(teamId: string, questionId: string): Observable<WhyQuestionDetail> {
    return this.api.invoke(whyQuestionsControllerDetail, { teamId, questionId });
  }

  askWhy(teamId: string, request: CreateWhyQuestionRequest): Observable<WhyQuestionDetail> {
    return this.api.invoke(whyQuestionsControllerCreate, { teamId, body: request });
  }

  updateWhyQuestion(
    teamId: string,
    questionId: string,
    request: UpdateWhyQuestionRequest,
  ): Observable<WhyQuestionDetail> {
    return this.api.invoke(whyQuestionsControllerUpdate, { teamId, questionId, body: request });
  }

  answerWhy(
    teamId: string,
    questionId: string,
    request: WhyAnswerRequest,
  ): Observable<WhyQuestionDetail> {
    return this.api.invoke(whyQuestionsControllerAnswer, { teamId, questionId, body: request });
  }

  vote(teamId: string, questionId: string, voted: boolean): Observable<WhyQuestionDetail> {
    return this.api.invoke(
      voted ? whyQuestionsControllerVote : whyQuestionsControllerWithdrawVote,
      { teamId, questionId },
    );
  }

  setAgenda(
    teamId: string,
    questionId: string,
    request: AgendaRequest,
  ): Observable<WhyQuestionDetail> {
    return this.api.invoke(whyQuestionsControllerAgenda, { teamId, questionId, body: request });
  }

  markDiscussed(
    teamId: string,
    questionId: string,
    request: DiscussedRequest,
  ): Observable<WhyQuestionDetail> {
    return this.api.invoke(whyQuestionsControllerDiscussed, { teamId, questionId, body: request });
  }

  cases(teamId: string): Observable<CaseSummary[]> {
    return this.api.invoke(casesControllerList, { teamId });
  }

  case(teamId: string, caseId: string): Observable<CaseDetail> {
    return this.api.invoke(casesControllerDetail, { teamId, caseId });
  }

  createCase(teamId: string, request: CaseRequest): Observable<CaseDetail> {
    return this.api.invoke(casesControllerCreate, { teamId, body: request });
  }

  updateCase(teamId: string, caseId: string, request: CaseRequest): Observable<CaseDetail> {
    return this.api.invoke(casesControllerUpdate, { teamId, caseId, body: request });
  }

  recordDiscussion(
    teamId: string,
    caseId: string,
    request: CaseDiscussionRequest,
  ): Observable<CaseDetail> {
    return this.api.invoke(casesControllerAddDiscussion, { teamId, caseId, body: request });
  }

  experiments(teamId: string, filter: ExperimentFilter = {}): Observable<ExperimentSummary[]> {
    return this.api.invoke(experimentsControllerList, { teamId, ...filter });
  }

  experiment(teamId: string, experimentId: string): Observable<ExperimentDetail> {
    return this.api.invoke(experimentsControllerDetail, { teamId, experimentId });
  }

  createExperiment(teamId: string, request: CreateExperimentRequest): Observable<ExperimentDetail> {
    return this.api.invoke(experimentsControllerCreate, { teamId, body: request });
  }

  updatePlan(
    teamId: string,
    experimentId: string,
    request: ExperimentPlanRequest,
  ): Observable<ExperimentDetail> {
    return this.api.invoke(experimentsControllerUpdate, { teamId, experimentId, body: request });
  }

  changeStatus(
    teamId: string,
    experimentId: string,
    status: ExperimentStatus,
  ): Observable<ExperimentDetail> {
    return this.api.invoke(experimentsControllerChangeStatus, {
      teamId,
      experimentId,
      body: { status },
    });
  }

  evaluate(
    teamId: string,
    experimentId: string,
    request: ExperimentEvaluationRequest,
  ): Observable<ExperimentDetail> {
    return this.api.invoke(experimentsControllerEvaluate, { teamId, experimentId, body: request });
  }

  addLogEntry(
    teamId: string,
    experimentId: string,
    request: LogEntryRequest,
  ): Observable<ExperimentDetail> {
    return this.api.invoke(experimentsControllerAddLogEntry, {
      teamId,
      experimentId,
      body: request,
    });
  }

  addDataPoint(
    teamId: string,
    experimentId: string,
    request: DataPointRequest,
  ): Observable<ExperimentDetail> {
    return this.api.invoke(experimentsControllerAddDataPoint, {
      teamId,
      experimentId,
      body: request,
    });
  }
}
