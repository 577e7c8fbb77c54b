import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { TitleStrategy, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { SessionStore } from '@leerruimte/web-identity-data-access';
import { LocaleService } from '@leerruimte/web-shared-i18n';
import { LocalizedTitleStrategy } from '@leerruimte/web-shell-feature';
import { appRoutes } from './app.routes';

describe('appRoutes', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter(appRoutes),
        { provide: TitleStrategy, useClass: LocalizedTitleStrategy },
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
  });

  it('shows a Dutch not-found page with a way back for unknown addresses', async () => {
    const harness = await RouterTestingHarness.create();

    await harness.navigateByUrl('/bestaat-niet');

    expect(harness.routeNativeElement?.textContent).toContain('Deze pagina bestaat niet');
    expect(TestBed.inject(Title).getTitle()).toBe('Pagina niet gevonden · Leerruimte');
  });

  it('titles the page in the chosen language', async () => {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/bestaat-niet');

    TestBed.inject(LocaleService).use('en');
    TestBed.tick();

    expect(TestBed.inject(Title).getTitle()).toBe('Page not found · Leerruimte');
  });

  it('opens Vandaag at the start address for a logged-in person, the introduction for a visitor', async () => {
    const harness = await RouterTestingHarness.create();
    const backend = TestBed.inject(HttpTestingController);

    const visitor = harness.navigateByUrl('/');
    await new Promise((resolve) => setTimeout(resolve));
    backend.expectOne('/api/auth/session').flush({ user: null });
    await visitor;
    expect(harness.routeNativeElement?.querySelector('h1')?.textContent).toBe(
      'Ruimte om te leren, midden in het werk',
    );

    TestBed.inject(SessionStore).signedIn({
      id: 'u',
      email: 'fatma@voorbeeldstad.test',
      name: 'Fatma Yilmaz',
      locale: 'nl',
      platformAdmin: false,
      emailNotifications: 'each',
      preferredTeamId: null,
      registration: null,
      twoFactor: { enabled: false, required: false, recoveryCodesLeft: 0 },
      organisations: [],
      teams: [],
    });
    await harness.navigateByUrl('/bestaat-niet');
    await harness.navigateByUrl('/');
    expect(harness.routeNativeElement?.querySelector('h1')?.textContent).toBe('Vandaag');
    expect(TestBed.inject(Title).getTitle()).toBe('Vandaag · Leerruimte');
  });
});
