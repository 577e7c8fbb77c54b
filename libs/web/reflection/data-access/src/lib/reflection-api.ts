import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { Prompt, PromptAnswerRequest } from '@leerruimte/shared-contracts';

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
}
