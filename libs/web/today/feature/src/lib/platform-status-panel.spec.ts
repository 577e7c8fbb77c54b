import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { PlatformStatus } from '@leerruimte/shared-contracts';
import { LocaleService } from '@leerruimte/web-shared-i18n';
import { PlatformStatusPanel } from './platform-status-panel';

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

describe(PlatformStatusPanel.name, () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
  });

  async function render(value: PlatformStatus) {
    const fixture = TestBed.createComponent(PlatformStatusPanel);
    fixture.componentRef.setInput('status', value);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    return { fixture, element, text: () => element.textContent ?? '' };
  }

  it('shows that the platform is ready, with every component and the time in Amsterdam', async () => {
    const { text } = await render(status());

    expect(text()).toContain('Leerruimte is klaar voor gebruik.');
    expect(text()).toContain('2 verwerkers actief');
    expect(text()).toContain('Laatst gecontroleerd om 15:00:00');
  });

  it('explains a degraded platform when no worker runs, and asks again on request', async () => {
    const { text, fixture, element } = await render(
      status({
        status: 'degraded',
        components: { ...status().components, workers: { status: 'down', active: 0 } },
      }),
    );
    const retries: unknown[] = [];
    fixture.componentInstance.retry.subscribe((event) => retries.push(event));

    expect(text()).toContain('achtergrondtaken draaien nu niet');
    expect(text()).toContain('0 verwerkers actief');
    element.querySelector<HTMLButtonElement>('button')?.click();
    expect(retries).toHaveLength(1);
  });

  it('follows a switch to English and links to the queues', async () => {
    const { text, fixture, element } = await render(status());

    TestBed.inject(LocaleService).use('en');
    await fixture.whenStable();

    expect(text()).toContain('Leerruimte is ready for use.');
    expect(text()).toContain('Platform status');
    expect(element.querySelector('a')?.getAttribute('href')).toBe('/beheer/wachtrijen');
  });
});
