import type { Injector } from '@angular/core';
import type { ActivatedRouteSnapshot } from '@angular/router';
import { LearningApi } from '@leerruimte/web-learning-data-access';

/**
 * Starts asking for the lesson its route names, once the login guard has let the person in:
 * the answer and the lesson page's code then load side by side.
 */
export function prefetchLesson(injector: Injector, route: ActivatedRouteSnapshot): true {
  const { moduleSlug, lessonSlug } = route.params;
  if (moduleSlug && lessonSlug) injector.get(LearningApi).prefetchLesson(moduleSlug, lessonSlug);
  return true;
}
