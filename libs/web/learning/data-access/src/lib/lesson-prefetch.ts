import { Injectable, inject } from '@angular/core';
import { type Observable, ReplaySubject, share } from 'rxjs';
import type { LessonView } from '@leerruimte/shared-contracts';
import { ApiClient } from '@leerruimte/web-shared-api-client';
import { learningControllerLesson } from '@leerruimte/web-shared-api-client/learning';

const keyOf = (moduleSlug: string, lessonSlug: string) => `${moduleSlug}/${lessonSlug}`;

/**
 * A lesson asked for as soon as its route is entered, while the lesson page's code still loads,
 * so that the two travel side by side on a phone instead of one after the other. Small on
 * purpose: the route tables that start it are in the first download, `LearningApi` is not.
 */
@Injectable({ providedIn: 'root' })
export class LessonPrefetch {
  private readonly api = inject(ApiClient);
  private prefetched: { key: string; answer: Observable<LessonView> } | null = null;

  start(moduleSlug: string, lessonSlug: string): void {
    // Kept, error included: `shareReplay` would ask again for a page that takes a failed answer.
    const answer = this.api.invoke(learningControllerLesson, { moduleSlug, lessonSlug }).pipe(
      share({
        connector: () => new ReplaySubject<LessonView>(1),
        resetOnError: false,
        resetOnComplete: false,
        resetOnRefCountZero: false,
      }),
    );
    // The page shows the error, if any, when it takes the answer.
    answer.subscribe({ error: () => undefined });
    this.prefetched = { key: keyOf(moduleSlug, lessonSlug), answer };
  }

  /** The answer started for this lesson, once: a later visit asks again. */
  take(moduleSlug: string, lessonSlug: string): Observable<LessonView> | undefined {
    const prefetched = this.prefetched;
    this.prefetched = null;
    return prefetched?.key === keyOf(moduleSlug, lessonSlug) ? prefetched.answer : undefined;
  }
}
