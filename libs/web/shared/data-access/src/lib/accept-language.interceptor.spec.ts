import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { LocaleService } from '@leerruimte/web-shared-i18n';
import { acceptLanguageInterceptor } from './accept-language.interceptor';
import { toErrorBody } from '@leerruimte/web-shared-util';

describe(acceptLanguageInterceptor.name, () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([acceptLanguageInterceptor])),
        provideHttpClientTesting(),
      ],
    });
  });

  it('asks the API for the language the interface shows', () => {
    const http = TestBed.inject(HttpClient);
    const backend = TestBed.inject(HttpTestingController);

    http.get('/api/health').subscribe();
    expect(backend.expectOne('/api/health').request.headers.get('Accept-Language')).toBe('nl');

    TestBed.inject(LocaleService).use('en');
    http.get('/api/health').subscribe();
    expect(backend.expectOne('/api/health').request.headers.get('Accept-Language')).toBe('en');
  });

  it('turns a server error into its error body, and no answer into "offline"', () => {
    const http = TestBed.inject(HttpClient);
    const backend = TestBed.inject(HttpTestingController);
    const errors: string[] = [];

    http.get('/api/a').subscribe({ error: (error) => errors.push(toErrorBody(error).code) });
    backend
      .expectOne('/api/a')
      .flush(
        { code: 'not_found', message: 'Dit adres bestaat niet.', correlationId: 'r1' },
        { status: 404, statusText: 'Not Found' },
      );
    http.get('/api/b').subscribe({ error: (error) => errors.push(toErrorBody(error).code) });
    backend.expectOne('/api/b').error(new ProgressEvent('error'));

    expect(errors).toEqual(['not_found', 'offline']);
  });
});
