import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type {
  Assignment,
  Card,
  CreateAssignmentRequest,
  CatalogueQuery,
  CheckResult,
  LessonCompletionResult,
  LessonView,
  ModuleDetail,
  ModuleSummary,
  MyLearning,
  Portfolio,
  ReflectionAnswer,
  ReflectionAnswerRequest,
  SelfAssessmentResult,
  TeamProgress,
} from '@leerruimte/shared-contracts';

/** Where the learning overview PDF and a card's PDF are downloaded; plain links, no XHR. */
export const portfolioPdfUrl = '/api/learning/me/portfolio/pdf';
export function cardPdfUrl(slug: string): string {
  return `/api/cards/${encodeURIComponent(slug)}/pdf`;
}

/** The learning endpoints, typed by the shared contracts. */
@Injectable({ providedIn: 'root' })
export class LearningApi {
  private readonly http = inject(HttpClient);

  modules(query: CatalogueQuery = {}): Observable<ModuleSummary[]> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== '') params = params.set(key, String(value));
    }
    return this.http.get<ModuleSummary[]>('/api/learning/modules', { params });
  }

  module(slug: string): Observable<ModuleDetail> {
    return this.http.get<ModuleDetail>(`/api/learning/modules/${encodeURIComponent(slug)}`);
  }

  lesson(moduleSlug: string, lessonSlug: string): Observable<LessonView> {
    return this.http.get<LessonView>(lessonUrl(moduleSlug, lessonSlug));
  }

  visit(moduleSlug: string, lessonSlug: string): Observable<void> {
    return this.http.post<void>(`${lessonUrl(moduleSlug, lessonSlug)}/visit`, null);
  }

  answerReflection(
    moduleSlug: string,
    lessonSlug: string,
    block: string,
    request: ReflectionAnswerRequest,
  ): Observable<ReflectionAnswer> {
    return this.http.put<ReflectionAnswer>(
      `${lessonUrl(moduleSlug, lessonSlug)}/reflections/${encodeURIComponent(block)}`,
      request,
    );
  }

  answerCheck(
    moduleSlug: string,
    lessonSlug: string,
    block: string,
    option: number,
  ): Observable<CheckResult> {
    return this.http.post<CheckResult>(
      `${lessonUrl(moduleSlug, lessonSlug)}/checks/${encodeURIComponent(block)}`,
      { option },
    );
  }

  takeSelfAssessment(
    moduleSlug: string,
    lessonSlug: string,
    block: string,
    scores: Record<string, number>,
  ): Observable<SelfAssessmentResult> {
    return this.http.post<SelfAssessmentResult>(
      `${lessonUrl(moduleSlug, lessonSlug)}/self-assessments/${encodeURIComponent(block)}`,
      { scores },
    );
  }

  complete(moduleSlug: string, lessonSlug: string): Observable<LessonCompletionResult> {
    return this.http.post<LessonCompletionResult>(
      `${lessonUrl(moduleSlug, lessonSlug)}/complete`,
      null,
    );
  }

  myLearning(): Observable<MyLearning> {
    return this.http.get<MyLearning>('/api/learning/me');
  }

  assignments(teamId: string): Observable<Assignment[]> {
    return this.http.get<Assignment[]>(`/api/teams/${teamId}/assignments`);
  }

  assign(teamId: string, request: CreateAssignmentRequest): Observable<Assignment> {
    return this.http.post<Assignment>(`/api/teams/${teamId}/assignments`, request);
  }

  teamProgress(teamId: string): Observable<TeamProgress> {
    return this.http.get<TeamProgress>(`/api/teams/${teamId}/learning-progress`);
  }

  withdraw(teamId: string, assignmentId: string): Observable<void> {
    return this.http.delete<void>(`/api/teams/${teamId}/assignments/${assignmentId}`);
  }

  portfolio(): Observable<Portfolio> {
    return this.http.get<Portfolio>('/api/learning/me/portfolio');
  }

  cards(): Observable<Card[]> {
    return this.http.get<Card[]>('/api/cards');
  }

  card(slug: string): Observable<Card> {
    return this.http.get<Card>(`/api/cards/${encodeURIComponent(slug)}`);
  }
}

function lessonUrl(moduleSlug: string, lessonSlug: string): string {
  return `/api/learning/modules/${encodeURIComponent(moduleSlug)}/lessons/${encodeURIComponent(lessonSlug)}`;
}
