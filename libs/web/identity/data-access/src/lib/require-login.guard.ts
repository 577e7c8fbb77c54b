import { inject } from '@angular/core';
import {
  type ActivatedRouteSnapshot,
  type CanActivateFn,
  type CanMatchFn,
  Router,
} from '@angular/router';
import { appPaths, link } from '@leerruimte/web-shared-util';
import { SessionStore } from './session.store';

/** Pages for logged-in people send a visitor to the login page, and back afterwards. */
export const requireLogin: CanActivateFn = async (_route, state) => {
  // Everything injected before the first await: after it, the injection context is gone (NG0203).
  const session = inject(SessionStore);
  const router = inject(Router);
  startLoadingPageCode(state.root);
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

/**
 * The router fetches a lazy page's code only after its guards; starting it while the session is
 * checked saves a round trip before the page shows on a phone. The router's own import later gets
 * the same module from the browser; a failed fetch here is the router's to report.
 */
function startLoadingPageCode(root: ActivatedRouteSnapshot | undefined): void {
  for (let route = root; route; route = route.firstChild ?? undefined) {
    const load = route.routeConfig?.loadComponent;
    if (load) Promise.resolve(load()).catch(() => undefined);
  }
}
