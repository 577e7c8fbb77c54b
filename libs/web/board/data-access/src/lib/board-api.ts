import { HttpClient, HttpParams } from '@angular/common/http';
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

/** The endpoints of a team's learning board, typed by the shared contracts. */
@Injectable({ providedIn: 'root' })
export class BoardApi {
  private readonly http = inject(HttpClient);

  board(teamId: string): Observable<Board> {
    return this.http.get<Board>(`${team(teamId)}/board`);
  }

  saveSettings(teamId: string, settings: BoardSettings): Observable<BoardSettings> {
    return this.http.put<BoardSettings>(`${team(teamId)}/board/settings`, settings);
  }

  learnings(teamId: string, filter: LearningFilter = {}): Observable<Learning[]> {
    return this.http.get<Learning[]>(`${team(teamId)}/learnings`, { params: toParams(filter) });
  }

  hide(teamId: string, request: HideItemRequest): Observable<void> {
    return this.http.post<void>(`${team(teamId)}/board/hidden-items`, request);
  }

  whyQuestions(teamId: string, filter: WhyQuestionFilter = {}): Observable<WhyQuestionSummary[]> {
    return this.http.get<WhyQuestionSummary[]>(`${team(teamId)}/why-questions`, {
      params: toParams(filter),
    });
  }

  whyQuestion(teamId: string, questionId: string): Observable<WhyQuestionDetail> {
    return this.http.get<WhyQuestionDetail>(question(teamId, questionId));
  }

  askWhy(teamId: string, request: CreateWhyQuestionRequest): Observable<WhyQuestionDetail> {
    return this.http.post<WhyQuestionDetail>(`${team(teamId)}/why-questions`, request);
  }

  updateWhyQuestion(
    teamId: string,
    questionId: string,
    request: UpdateWhyQuestionRequest,
  ): Observable<WhyQuestionDetail> {
    return this.http.put<WhyQuestionDetail>(question(teamId, questionId), request);
  }

  answerWhy(
    teamId: string,
    questionId: string,
    request: WhyAnswerRequest,
  ): Observable<WhyQuestionDetail> {
    return this.http.post<WhyQuestionDetail>(`${question(teamId, questionId)}/answers`, request);
  }

  vote(teamId: string, questionId: string, voted: boolean): Observable<WhyQuestionDetail> {
    const url = `${question(teamId, questionId)}/vote`;
    return voted
      ? this.http.put<WhyQuestionDetail>(url, null)
      : this.http.delete<WhyQuestionDetail>(url);
  }

  setAgenda(
    teamId: string,
    questionId: string,
    request: AgendaRequest,
  ): Observable<WhyQuestionDetail> {
    return this.http.put<WhyQuestionDetail>(`${question(teamId, questionId)}/agenda`, request);
  }

  markDiscussed(
    teamId: string,
    questionId: string,
    request: DiscussedRequest,
  ): Observable<WhyQuestionDetail> {
    return this.http.post<WhyQuestionDetail>(`${question(teamId, questionId)}/discussed`, request);
  }

  cases(teamId: string): Observable<CaseSummary[]> {
    return this.http.get<CaseSummary[]>(`${team(teamId)}/cases`);
  }

  case(teamId: string, caseId: string): Observable<CaseDetail> {
    return this.http.get<CaseDetail>(caseUrl(teamId, caseId));
  }

  createCase(teamId: string, request: CaseRequest): Observable<CaseDetail> {
    return this.http.post<CaseDetail>(`${team(teamId)}/cases`, request);
  }

  updateCase(teamId: string, caseId: string, request: CaseRequest): Observable<CaseDetail> {
    return this.http.put<CaseDetail>(caseUrl(teamId, caseId), request);
  }

  recordDiscussion(
    teamId: string,
    caseId: string,
    request: CaseDiscussionRequest,
  ): Observable<CaseDetail> {
    return this.http.post<CaseDetail>(`${caseUrl(teamId, caseId)}/discussions`, request);
  }

  experiments(teamId: string, filter: ExperimentFilter = {}): Observable<ExperimentSummary[]> {
    return this.http.get<ExperimentSummary[]>(`${team(teamId)}/experiments`, {
      params: toParams(filter),
    });
  }

  experiment(teamId: string, experimentId: string): Observable<ExperimentDetail> {
    return this.http.get<ExperimentDetail>(experiment(teamId, experimentId));
  }

  createExperiment(teamId: string, request: CreateExperimentRequest): Observable<ExperimentDetail> {
    return this.http.post<ExperimentDetail>(`${team(teamId)}/experiments`, request);
  }

  updatePlan(
    teamId: string,
    experimentId: string,
    request: ExperimentPlanRequest,
  ): Observable<ExperimentDetail> {
    return this.http.put<ExperimentDetail>(experiment(teamId, experimentId), request);
  }

  changeStatus(
    teamId: string,
    experimentId: string,
    status: ExperimentStatus,
  ): Observable<ExperimentDetail> {
    return this.http.post<ExperimentDetail>(`${experiment(teamId, experimentId)}/status`, {
      status,
    });
  }

  evaluate(
    teamId: string,
    experimentId: string,
    request: ExperimentEvaluationRequest,
  ): Observable<ExperimentDetail> {
    return this.http.post<ExperimentDetail>(
      `${experiment(teamId, experimentId)}/evaluation`,
      request,
    );
  }

  addLogEntry(
    teamId: string,
    experimentId: string,
    request: LogEntryRequest,
  ): Observable<ExperimentDetail> {
    return this.http.post<ExperimentDetail>(`${experiment(teamId, experimentId)}/logbook`, request);
  }

  addDataPoint(
    teamId: string,
    experimentId: string,
    request: DataPointRequest,
  ): Observable<ExperimentDetail> {
    return this.http.post<ExperimentDetail>(
      `${experiment(teamId, experimentId)}/data-points`,
      request,
    );
  }
}

function team(teamId: string): string {
  return `/api/teams/${encodeURIComponent(teamId)}`;
}

function question(teamId: string, questionId: string): string {
  return `${team(teamId)}/why-questions/${encodeURIComponent(questionId)}`;
}

function caseUrl(teamId: string, caseId: string): string {
  return `${team(teamId)}/cases/${encodeURIComponent(caseId)}`;
}

function experiment(teamId: string, experimentId: string): string {
  return `${team(teamId)}/experiments/${encodeURIComponent(experimentId)}`;
}
