import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import type { CurrentUser } from '@leerruimte/shared-contracts';
import { sessionExpiredInterceptor } from './session-expired.interceptor';
import { SessionStore } from './session.store';

@Component({ template: '' })
class Blank {}

describe('sessionExpiredInterceptor', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: '**', component: Blank }]),
        provideHttpClient(withInterceptors([sessionExpiredInterceptor])),
        provideHttpClientTesting(),
      ],
    });
  });

  const unauthorized = { status: 401, statusText: 'Unauthorized' };

  it('sends someone whose session ended to the login page, and back afterwards', async () => {
    const router = TestBed.inject(Router);
    await router.navigateByUrl('/reflecties/42');
    const session = TestBed.inject(SessionStore);
    session.signedIn({ teams: [], locale: 'nl' } as unknown as CurrentUser);

    const saving = firstValueFrom(
      TestBed.inject(HttpClient).put('/api/reflection/prompts/42/answer', {}),
    );
    TestBed.inject(HttpTestingController)
      .expectOne('/api/reflection/prompts/42/answer')
      .flush({ code: 'unauthenticated' }, unauthorized);
    await expect(saving).rejects.toMatchObject({ status: 401 });
    await new Promise((resolve) => setTimeout(resolve));

    expect(session.loggedIn()).toBe(false);
    expect(router.url).toBe('/inloggen?terug=%2Freflecties%2F42&verlopen=1');
  });

  it('leaves a wrong password on the login page alone', async () => {
    const router = TestBed.inject(Router);
    await router.navigateByUrl('/inloggen');

    const login = firstValueFrom(TestBed.inject(HttpClient).post('/api/auth/login', {}));
    TestBed.inject(HttpTestingController)
      .expectOne('/api/auth/login')
      .flush({ code: 'invalid_credentials' }, unauthorized);
    await expect(login).rejects.toMatchObject({ status: 401 });

    expect(router.url).toBe('/inloggen');
  });
});
