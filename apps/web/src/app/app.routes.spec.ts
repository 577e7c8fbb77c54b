import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { TitleStrategy, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
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
});
