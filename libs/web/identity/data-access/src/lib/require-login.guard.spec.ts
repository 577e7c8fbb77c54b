import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { EnvironmentInjector, runInInjectionContext } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import {
  type ActivatedRouteSnapshot,
  type RouterStateSnapshot,
  Router,
  UrlTree,
  provideRouter,
} from '@angular/router';
import { requireLogin } from './require-login.guard';

describe('requireLogin', () => {
  const visit = (url: string) =>
    runInInjectionContext(TestBed.inject(EnvironmentInjector), () =>
      requireLogin({} as ActivatedRouteSnapshot, { url } as RouterStateSnapshot),
    ) as Promise<boolean | UrlTree>;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
  });

  it('sends a visitor to the login page with the link they opened, to come back to', async () => {
    const result = visit('/reflecties/0b7c1b8e-4a3e-4a55-9a52-0c1f4a1d2e3f');
    TestBed.inject(HttpTestingController).expectOne('/api/auth/session').flush({ user: null });

    const target = await result;
    expect(target).toBeInstanceOf(UrlTree);
    expect(TestBed.inject(Router).serializeUrl(target as UrlTree)).toBe(
      '/inloggen?terug=%2Freflecties%2F0b7c1b8e-4a3e-4a55-9a52-0c1f4a1d2e3f',
    );
  });

  it('lets a logged-in person through', async () => {
    const result = visit('/reflecties');
    TestBed.inject(HttpTestingController)
      .expectOne('/api/auth/session')
      .flush({ user: { teams: [], locale: 'nl' } });

    expect(await result).toBe(true);
  });

  it('starts fetching the page code while the session is still being checked', async () => {
    const loadComponent = jest.fn(() => new Promise<never>(() => undefined));
    const page = { routeConfig: { loadComponent }, firstChild: null };
    const root = { routeConfig: null, firstChild: { routeConfig: {}, firstChild: page } };
    const result = runInInjectionContext(TestBed.inject(EnvironmentInjector), () =>
      requireLogin(
        {} as ActivatedRouteSnapshot,
        {
          url: '/reflecties',
          root,
        } as unknown as RouterStateSnapshot,
      ),
    ) as Promise<boolean | UrlTree>;

    expect(loadComponent).toHaveBeenCalledTimes(1);
    TestBed.inject(HttpTestingController)
      .expectOne('/api/auth/session')
      .flush({ user: { teams: [], locale: 'nl' } });
    expect(await result).toBe(true);
  });
});
