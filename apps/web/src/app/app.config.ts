import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import {
  type ApplicationConfig,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { TitleStrategy, provideRouter, withComponentInputBinding } from '@angular/router';
import { acceptLanguageInterceptor } from '@leerruimte/web-shared-data-access';
import { LocalizedTitleStrategy } from '@leerruimte/web-shell-feature';
import { appRoutes } from './app.routes';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(appRoutes, withComponentInputBinding()),
    { provide: TitleStrategy, useClass: LocalizedTitleStrategy },
    provideHttpClient(withFetch(), withInterceptors([acceptLanguageInterceptor])),
  ],
};
