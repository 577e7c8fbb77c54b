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
  TeamCard,
} from '@leerruimte/shared-contracts';
import { ApiClient } from '@leerruimte/web-shared-api-client';
import {
  learningControllerCards,
  teamCardsControllerList,
  learningControllerModules,
} from '@leerruimte/web-shared-api-client/learning';
import {
  calendarControllerRenew,
  calendarControllerStatus,
  momentsControllerCreate,
  momentsControllerEnd,
  momentsControllerList,
  momentsControllerPause,
  momentsControllerResume,
  momentsControllerUpdate,
  promptsControllerAnswer,
  promptsControllerAnswerPulse,
  promptsControllerMine,
  promptsControllerReport,
} from '@leerruimte/web-shared-api-client/reflection';

/** A moment's pause, resume and end are each their own operation. */
const momentChanges = {
  pause: momentsControllerPause,
  resume: momentsControllerResume,
  end: momentsControllerEnd,
};

/** The reflection endpoints a team member uses, through the generated client. */
@Injectable({ providedIn: 'root' })
export class ReflectionApi {
  private readonly api = inject(ApiClient);

  prompts(): Observable<Prompt[]> {
    return this.api.invoke(promptsControllerMine);
  }

  answer(occurrenceId: string, request: PromptAnswerRequest): Observable<Prompt> {
    return this.api.invoke(promptsControllerAnswer, { occurrenceId, body: request });
  }

  /** Pulse scores go in once, anonymously. */
  answerPulse(occurrenceId: string, request: PulseAnswerRequest): Observable<Prompt> {
    return this.api.invoke(promptsControllerAnswerPulse, { occurrenceId, body: request });
  }

  moments(teamId: string): Observable<Moment[]> {
    return this.api.invoke(momentsControllerList, { teamId });
  }

  createMoment(teamId: string, request: CreateMomentRequest): Observable<Moment> {
    return this.api.invoke(momentsControllerCreate, { teamId, body: request });
  }

  updateMoment(teamId: string, momentId: string, request: CreateMomentRequest): Observable<Moment> {
    return this.api.invoke(momentsControllerUpdate, { teamId, momentId, body: request });
  }

  changeMoment(
    teamId: string,
    momentId: string,
    action: keyof typeof momentChanges,
  ): Observable<Moment> {
    return this.api.invoke(momentChanges[action], { teamId, momentId });
  }

  report(teamId: string, momentId: string): Observable<OccurrenceReport[]> {
    return this.api.invoke(promptsControllerReport, { teamId, momentId });
  }

  calendarFeed(): Observable<CalendarFeedStatus> {
    return this.api.invoke(calendarControllerStatus);
  }

  renewCalendarFeed(): Observable<CalendarFeedLink> {
    return this.api.invoke(calendarControllerRenew);
  }

  /** The learning modules, to link a moment to one. */
  modules(): Observable<ModuleSummary[]> {
    return this.api.invoke(learningControllerModules);
  }

  /** The think-and-do cards, to pick a question from. */
  cards(): Observable<Card[]> {
    return this.api.invoke(learningControllerCards);
  }

  /** The team's own cards; only approved ones can be asked. */
  teamCards(teamId: string): Observable<TeamCard[]> {
    return this.api.invoke(teamCardsControllerList, { teamId });
  }
}
