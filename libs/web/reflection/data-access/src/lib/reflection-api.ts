import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type {
  CalendarFeedLink,
  CalendarFeedStatus,
  Card,
  CreateMomentRequest,
  ModuleSummary,
  Moment,
  OccurrenceReport,
  Prompt,
  PromptAnswerRequest,
  PulseAnswerRequest,
} from '@leerruimte/shared-contracts';

/** The reflection endpoints a team member uses, typed by the shared contracts. */
@Injectable({ providedIn: 'root' })
export class ReflectionApi {
  private readonly http = inject(HttpClient);

  prompts(): Observable<Prompt[]> {
    return this.http.get<Prompt[]>('/api/reflection/prompts');
  }

  answer(occurrenceId: string, request: PromptAnswerRequest): Observable<Prompt> {
    return this.http.put<Prompt>(`/api/reflection/prompts/${occurrenceId}/answer`, request);
  }

  /** Pulse scores go in once, anonymously. */
  answerPulse(occurrenceId: string, request: PulseAnswerRequest): Observable<Prompt> {
    return this.http.put<Prompt>(`/api/reflection/prompts/${occurrenceId}/pulse`, request);
  }

  moments(teamId: string): Observable<Moment[]> {
    return this.http.get<Moment[]>(`/api/teams/${teamId}/reflection-moments`);
  }

  createMoment(teamId: string, request: CreateMomentRequest): Observable<Moment> {
    return this.http.post<Moment>(`/api/teams/${teamId}/reflection-moments`, request);
  }

  updateMoment(teamId: string, momentId: string, request: CreateMomentRequest): Observable<Moment> {
    return this.http.put<Moment>(`/api/teams/${teamId}/reflection-moments/${momentId}`, request);
  }

  changeMoment(
    teamId: string,
    momentId: string,
    action: 'pause' | 'resume' | 'end',
  ): Observable<Moment> {
    return this.http.post<Moment>(
      `/api/teams/${teamId}/reflection-moments/${momentId}/${action}`,
      null,
    );
  }

  report(teamId: string, momentId: string): Observable<OccurrenceReport[]> {
    return this.http.get<OccurrenceReport[]>(
      `/api/teams/${teamId}/reflection-moments/${momentId}/occurrences`,
    );
  }

  calendarFeed(): Observable<CalendarFeedStatus> {
    return this.http.get<CalendarFeedStatus>('/api/me/calendar-feed');
  }

  renewCalendarFeed(): Observable<CalendarFeedLink> {
    return this.http.post<CalendarFeedLink>('/api/me/calendar-feed', null);
  }

  /** The learning modules, to link a moment to one. */
  modules(): Observable<ModuleSummary[]> {
    return this.http.get<ModuleSummary[]>('/api/learning/modules');
  }

  /** The think-and-do cards, to pick a question from. */
  cards(): Observable<Card[]> {
    return this.http.get<Card[]>('/api/cards');
  }
}
