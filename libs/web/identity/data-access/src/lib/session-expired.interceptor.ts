import { HttpErrorResponse, type HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { appPaths, link } from '@leerruimte/web-shared-util';
import { SessionStore } from './session.store';

/**
 * A session that ended while someone was working (expired, or logged out elsewhere): the next
 * request gets a 401, and the person goes to the login page and back to the page they were on.
 * What they were typing is kept as a draft (see `Draft`), so nothing is lost.
 */
export const sessionExpiredInterceptor: HttpInterceptorFn = (request, next) => {
  const session = inject(SessionStore);
  const router = inject(Router);
  return next(request).pipe(
    catchError((error: unknown) => {
      if (
        error instanceof HttpErrorResponse &&
        error.status === 401 &&
        session.loggedIn() &&
        !request.url.startsWith('/api/auth/')
      ) {
        const back = router.url;
        session.signedOut();
        void router.navigateByUrl(
          router.createUrlTree([link(appPaths.login)], {
            queryParams: { terug: back, verlopen: 1 },
          }),
        );
      }
      return throwError(() => error);
    }),
  );
};
