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
import { TitleStrategy, provideRouter, withComponentInputBinding } from '@angular/router';
import { SessionStore, sessionExpiredInterceptor } from '@leerruimte/web-identity-data-access';
import { acceptLanguageInterceptor } from '@leerruimte/web-shared-data-access';
import { LocalizedTitleStrategy } from '@leerruimte/web-shell-feature';
import { appRoutes } from './app.routes';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(appRoutes, withComponentInputBinding()),
    { provide: TitleStrategy, useClass: LocalizedTitleStrategy },
    provideHttpClient(
      withFetch(),
      withInterceptors([acceptLanguageInterceptor, sessionExpiredInterceptor]),
      // The API's double-submit CSRF cookie and header (see the identity library).
      withXsrfConfiguration({ cookieName: 'lr_csrf', headerName: 'x-csrf-token' }),
    ),
    // Who is logged in is looked up once at start; pages do not wait for it.
    provideAppInitializer(() => {
      void inject(SessionStore)
        .load()
        .catch(() => undefined);
    }),
  ],
};
