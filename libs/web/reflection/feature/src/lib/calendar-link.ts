import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { firstValueFrom } from 'rxjs';
import { ReflectionApi } from '@leerruimte/web-reflection-data-access';
import { injectTexts } from '@leerruimte/web-shared-i18n';
import { FormProblem, formAction } from '@leerruimte/web-shared-ui';
import { promptsTexts } from './prompts.texts';

/** The secret calendar link with the coming reflection moments: made, or made anew. */
@Component({
  selector: 'lr-calendar-link',
  imports: [FormProblem],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (link(); as url) {
      <p>
        {{ t().yourLink }} <code class="link" data-testid="calendar-link">{{ url }}</code>
      </p>
      <p class="muted">{{ t().copyNow }}</p>
    } @else if (feed.hasValue() && feed.value().exists) {
      <p class="muted">{{ t().linkExists }}</p>
    }
    <button
      class="lr-button lr-button-outlined"
      type="button"
      [disabled]="action.busy()"
      (click)="renew()"
    >
      {{ feed.hasValue() && feed.value().exists ? t().newLink : t().makeLink }}
    </button>
    <lr-form-problem [action]="action" />
  `,
  styles: `
    .muted {
      color: var(--lr-color-ink-muted);
    }
    .link {
      word-break: break-all;
    }
  `,
})
export class CalendarLink {
  private readonly api = inject(ReflectionApi);
  protected readonly t = injectTexts(promptsTexts);
  protected readonly feed = rxResource({ stream: () => this.api.calendarFeed() });
  protected readonly link = signal<string | null>(null);
  protected readonly action = formAction();

  protected async renew(): Promise<void> {
    const made = await this.action.run(() => firstValueFrom(this.api.renewCalendarFeed()));
    if (made) {
      this.link.set(made.url);
      this.feed.reload();
    }
  }
}
