import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { PlatformStatus } from '@leerruimte/shared-contracts';
import { LocaleService } from '@leerruimte/web-shared-i18n';
import { StartPage } from './start-page';

function status(overrides: Partial<PlatformStatus> = {}): PlatformStatus {
  return {
    status: 'ready',
    version: '0.1.0',
    checkedAt: '2026-11-22T14:00:00.000Z',
    components: {
      database: { status: 'up' },
      redis: { status: 'up' },
      migrations: { status: 'up' },
      workers: { status: 'up', active: 2 },
      queue: { status: 'up', lastHeartbeatAt: '2026-11-22T13:59:50.000Z' },
    },
    ...overrides,
  };
}

describe(StartPage.name, () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
  });

  async function render() {
    const fixture = TestBed.createComponent(StartPage);
    // Not whenStable(): the page stays busy until the status request is answered.
    TestBed.tick();
    const backend = TestBed.inject(HttpTestingController);
    const text = () => (fixture.nativeElement as HTMLElement).textContent ?? '';
    const answer = async (body: PlatformStatus) => {
      backend.expectOne('/api/platform/status').flush(body);
      await fixture.whenStable();
    };
    return { fixture, text, answer, backend };
  }

  it('says what Leerruimte is and shows a loading state, in Dutch', async () => {
    const { text, backend } = await render();
    backend.expectOne('/api/platform/status');

    expect(text()).toContain('Ruimte om te leren, midden in het werk');
    expect(text()).toContain('De status wordt opgehaald');
  });

  it('shows that the platform is ready, with every component and the time in Amsterdam', async () => {
    const { text, answer } = await render();

    await answer(status());

    expect(text()).toContain('Leerruimte is klaar voor gebruik.');
    expect(text()).toContain('2 verwerkers actief');
    expect(text()).toContain('Laatst gecontroleerd om 15:00:00');
  });

  it('explains a degraded platform when no worker runs', async () => {
    const { text, answer } = await render();

    await answer(
      status({
        status: 'degraded',
        components: { ...status().components, workers: { status: 'down', active: 0 } },
      }),
    );

    expect(text()).toContain('achtergrondtaken draaien nu niet');
    expect(text()).toContain('0 verwerkers actief');
  });

  it('says when the server cannot be reached, and can check again', async () => {
    const { text, fixture, backend } = await render();
    backend.expectOne('/api/platform/status').error(new ProgressEvent('error'));
    await fixture.whenStable();

    expect(text()).toContain('De server van Leerruimte is niet bereikbaar.');

    (fixture.nativeElement as HTMLElement)
      .querySelector<HTMLButtonElement>('.actions button')
      ?.click();
    TestBed.tick();
    backend.expectOne('/api/platform/status').flush(status());
    await fixture.whenStable();

    expect(text()).toContain('Leerruimte is klaar voor gebruik.');
  });

  it('follows a switch to English', async () => {
    const { text, answer, fixture } = await render();
    await answer(status());

    TestBed.inject(LocaleService).use('en');
    await fixture.whenStable();

    expect(text()).toContain('Leerruimte is ready for use.');
    expect(text()).toContain('Platform status');
  });
});
