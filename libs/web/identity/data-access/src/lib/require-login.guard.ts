import { inject } from '@angular/core';
import { type CanActivateFn, type CanMatchFn, Router } from '@angular/router';
import { appPaths, link } from '@leerruimte/web-shared-util';
import { SessionStore } from './session.store';

/** Pages for logged-in people send a visitor to the login page, and back afterwards. */
export const requireLogin: CanActivateFn = async (_route, state) => {
  // Everything injected before the first await: after it, the injection context is gone (NG0203).
  const session = inject(SessionStore);
  const router = inject(Router);
  await session.load().catch(() => undefined);
  return session.loggedIn()
    ? true
    : router.createUrlTree([link(appPaths.login)], { queryParams: { terug: state.url } });
};

/** Matches a route only for a logged-in person: one path, a page for each (Vandaag or Start). */
export const matchLoggedIn: CanMatchFn = async () => {
  const session = inject(SessionStore);
  await session.load().catch(() => undefined);
  return session.loggedIn();
};
