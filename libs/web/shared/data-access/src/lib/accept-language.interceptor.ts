import type { HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { LocaleService } from '@leerruimte/web-shared-i18n';

/** The API answers (errors included) in the language the interface shows. */
export const acceptLanguageInterceptor: HttpInterceptorFn = (request, next) => {
  const locale = inject(LocaleService).locale();
  return next(request.clone({ setHeaders: { 'Accept-Language': locale } }));
};
