import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import type { PlatformStatus } from '@leerruimte/shared-contracts';
import { PlatformApi } from '@leerruimte/web-shared-data-access';
import { LocaleService, injectTexts } from '@leerruimte/web-shared-i18n';
import { Notice, type NoticeTone, StatusIndicator } from '@leerruimte/web-shared-ui';
import { startTexts } from './start.texts';

const REFRESH_EVERY_MS = 15_000;

type ComponentName = keyof PlatformStatus['components'];
const componentOrder: ComponentName[] = ['database', 'redis', 'migrations', 'workers', 'queue'];

/** The start page: what Leerruimte is, and whether the platform is ready (from the API). */
@Component({
  selector: 'lr-start-page',
  imports: [MatButtonModule, Notice, StatusIndicator],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './start-page.html',
  styleUrl: './start-page.scss',
})
export class StartPage {
  private readonly api = inject(PlatformApi);
  private readonly locale = inject(LocaleService).locale;
  protected readonly t = injectTexts(startTexts);
  protected readonly pillars = computed(() => {
    const { learn, ask, experiment, reflect, develop } = this.t().pillars;
    return [learn, ask, experiment, reflect, develop];
  });

  protected readonly status = rxResource({ stream: () => this.api.status() });
  /** The last answer; undefined while loading the first time or after a failure. */
  private readonly current = computed(() =>
    this.status.hasValue() ? this.status.value() : undefined,
  );

  protected readonly summary = computed((): { tone: NoticeTone; text: string } | undefined => {
    const texts = this.t().status;
    if (this.status.error()) {
      return { tone: 'danger', text: texts.offline };
    }
    const value = this.current();
    if (!value) {
      return undefined;
    }
    switch (value.status) {
      case 'ready':
        return { tone: 'success', text: texts.ready };
      case 'degraded':
        return { tone: 'warning', text: texts.degraded };
      default:
        return { tone: 'danger', text: texts.notReady };
    }
  });

  protected readonly components = computed(() => {
    const value = this.current();
    const texts = this.t().status;
    if (!value) {
      return [];
    }
    return componentOrder.map((name) => {
      const component = value.components[name];
      const detail =
        name === 'workers'
          ? texts.activeWorkers(value.components.workers.active)
          : component.status === 'up'
            ? texts.up
            : texts.down;
      return { name, label: texts.components[name], state: component.status, detail };
    });
  });

  protected readonly checkedAt = computed(() => {
    const value = this.current();
    if (!value) {
      return undefined;
    }
    const time = new Date(value.checkedAt).toLocaleTimeString(
      this.locale() === 'nl' ? 'nl-NL' : 'en-GB',
      { hour: '2-digit', minute: '2-digit', second: '2-digit', timeZone: 'Europe/Amsterdam' },
    );
    return this.t().status.checkedAt(time);
  });

  constructor() {
    const timer = setInterval(() => this.status.reload(), REFRESH_EVERY_MS);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
  }

  protected retry(): void {
    this.status.reload();
  }
}
