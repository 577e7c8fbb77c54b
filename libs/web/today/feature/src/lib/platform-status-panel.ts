import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { PlatformStatus } from '@leerruimte/shared-contracts';
import { LocaleService, injectTexts } from '@leerruimte/web-shared-i18n';
import { Notice, type NoticeTone, StatusIndicator } from '@leerruimte/web-shared-ui';
import { appPaths, link } from '@leerruimte/web-shared-util';
import { todayTexts } from './today.texts';

type ComponentName = keyof PlatformStatus['components'];
const componentOrder: ComponentName[] = ['database', 'redis', 'migrations', 'workers', 'queue'];

/** For platform admins: whether the platform and its background work are running. */
@Component({
  selector: 'lr-platform-status-panel',
  imports: [Notice, RouterLink, StatusIndicator],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="platform-title" data-testid="platform-status">
      <h2 id="platform-title">{{ t().heading }}</h2>
      <lr-notice [tone]="summary().tone" data-testid="platform-status-summary">{{
        summary().text
      }}</lr-notice>
      <ul class="components">
        @for (component of components(); track component.name) {
          <li>
            <lr-status-indicator [state]="component.state">
              <span class="component-name">{{ component.label }}</span>: {{ component.detail }}
            </lr-status-indicator>
          </li>
        }
      </ul>
      <div class="actions">
        <p class="checked-at">{{ checkedAt() }}</p>
        <button
          class="lr-button lr-button-outlined"
          type="button"
          (click)="retry.emit()"
          [disabled]="busy()"
        >
          {{ t().retry }}
        </button>
        <a class="lr-button" [routerLink]="queuesLink">{{ t().queues }}</a>
      </div>
    </section>
  `,
  styles: `
    h2 {
      font-size: var(--lr-font-size-l);
    }
    .components {
      list-style: none;
      margin: var(--lr-space-4) 0;
      padding: 0;
      display: grid;
      gap: var(--lr-space-2);
    }
    .component-name {
      font-weight: 600;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--lr-space-2) var(--lr-space-4);
    }
    .checked-at {
      margin: 0;
      color: var(--lr-color-ink-muted);
      font-size: var(--lr-font-size-s);
    }
  `,
})
export class PlatformStatusPanel {
  readonly status = input.required<PlatformStatus>();
  readonly busy = input(false);
  readonly retry = output<void>();
  private readonly locale = inject(LocaleService).locale;
  protected readonly t = computed(() => this.texts().platform);
  private readonly texts = injectTexts(todayTexts);
  protected readonly queuesLink = link(appPaths.queues);

  protected readonly summary = computed((): { tone: NoticeTone; text: string } => {
    const texts = this.t();
    switch (this.status().status) {
      case 'ready':
        return { tone: 'success', text: texts.ready };
      case 'degraded':
        return { tone: 'warning', text: texts.degraded };
      default:
        return { tone: 'danger', text: texts.notReady };
    }
  });

  protected readonly components = computed(() => {
    const value = this.status();
    const texts = this.t();
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
    const time = new Date(this.status().checkedAt).toLocaleTimeString(
      this.locale() === 'nl' ? 'nl-NL' : 'en-GB',
      { hour: '2-digit', minute: '2-digit', second: '2-digit', timeZone: 'Europe/Amsterdam' },
    );
    return this.t().checkedAt(time);
  });
}
