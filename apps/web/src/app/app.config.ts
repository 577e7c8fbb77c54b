import {
  provideHttpClient,
  withFetch,
  withInterceptors,
  withXsrfConfiguration,
} from '@angular/common/http';
import {
  type ApplicationConfig,
  inject,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { ViewportScroller } from '@angular/common';
import {
  TitleStrategy,
  provideRouter,
  withComponentInputBinding,
  withInMemoryScrolling,
} from '@angular/router';
import {
  ClientDataContextStore,
  SessionStore,
  sessionExpiredInterceptor,
} from '@leerruimte/web-identity-data-access';
import { acceptLanguageInterceptor } from '@leerruimte/web-shared-data-access';
import { LocalizedTitleStrategy } from '@leerruimte/web-shell-feature';
import { CLIENT_DATA_CONTEXT } from '@leerruimte/web-shared-ui';
import { appRoutes } from './app.routes';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    // A new page starts at its top, Back returns to where one was, and a #fragment link
    // scrolls to (and focuses) its section.
    provideRouter(
      appRoutes,
      withComponentInputBinding(),
      withInMemoryScrolling({ anchorScrolling: 'enabled', scrollPositionRestoration: 'enabled' }),
    ),
    { provide: TitleStrategy, useClass: LocalizedTitleStrategy },
    // The privacy guard in the browser skips what the API skips for this person.
    { provide: CLIENT_DATA_CONTEXT, useFactory: () => inject(ClientDataContextStore).context },
    provideHttpClient(
      withFetch(),
      withInterceptors([acceptLanguageInterceptor, sessionExpiredInterceptor]),
      // The API's double-submit CSRF cookie and header (see the identity library).
      withXsrfConfiguration({ cookieName: 'lr_csrf', headerName: 'x-csrf-token' }),
    ),
    // A section scrolled to lands below the sticky header (56px) rather than under it.
    provideAppInitializer(() => inject(ViewportScroller).setOffset([0, 72])),
    // Who is logged in is looked up once at start; pages do not wait for it.
    provideAppInitializer(() => {
      void inject(SessionStore)
        .load()
        .catch(() => undefined);
    }),
  ],
};
