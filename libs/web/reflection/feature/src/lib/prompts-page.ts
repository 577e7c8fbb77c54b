import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { firstValueFrom } from 'rxjs';
import { ReflectionApi } from '@leerruimte/web-reflection-data-access';
import { injectDateFormat, injectTexts } from '@leerruimte/web-shared-i18n';
import { FormProblem, Notice, StatusIndicator, formAction } from '@leerruimte/web-shared-ui';
import { PromptAnswer } from './prompt-answer';
import { PulseAnswer } from './pulse-answer';
import { promptsTexts } from './prompts.texts';

/** "Reflecties": the questions the team asked me, open ones to answer and my past answers. */
@Component({
  selector: 'lr-prompts-page',
  imports: [FormProblem, MatButtonModule, Notice, PromptAnswer, PulseAnswer, StatusIndicator],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="panel" aria-labelledby="prompts-title">
      <h1 id="prompts-title">{{ t().title }}</h1>
      <p>{{ t().intro }}</p>
    </section>
    @if (prompts.hasValue()) {
      <section class="panel" aria-labelledby="open-title">
        <h2 id="open-title">{{ t().open }}</h2>
        @for (prompt of openPrompts(); track prompt.occurrenceId) {
          <article class="prompt" [id]="'vraag-' + prompt.occurrenceId">
            <p class="muted">
              {{ t().from(prompt.teamName) }} · {{ t().until(date(prompt.closesAt)) }}
            </p>
            <p class="question">{{ prompt.question }}</p>
            @if (prompt.kind === 'pulse') {
              @if (prompt.myAnswer) {
                <p>{{ t().pulseDone }}</p>
              } @else {
                <lr-pulse-answer [prompt]="prompt" (answered)="prompts.reload()" />
              }
            } @else {
              <lr-prompt-answer [prompt]="prompt" (answered)="prompts.reload()" />
            }
          </article>
        } @empty {
          <p>{{ t().noneOpen }}</p>
        }
      </section>
      <section class="panel" aria-labelledby="past-title">
        <h2 id="past-title">{{ t().past }}</h2>
        @for (prompt of pastPrompts(); track prompt.occurrenceId) {
          <article class="prompt">
            <p class="muted">
              {{ t().from(prompt.teamName) }} · {{ t().closedOn(date(prompt.closesAt)) }}
            </p>
            <p class="question">{{ prompt.question }}</p>
            @if (prompt.kind === 'pulse') {
              <p class="muted">{{ prompt.myAnswer ? t().pulseDone : t().noAnswer }}</p>
            } @else if (prompt.myAnswer; as mine) {
              <p class="answer">{{ mine.answer }}</p>
              <p class="muted">{{ mine.shared ? t().sharedLabel : t().privateLabel }}</p>
            } @else {
              <p class="muted">{{ t().noAnswer }}</p>
            }
          </article>
        } @empty {
          <p>{{ t().nonePast }}</p>
        }
      </section>
      <section class="panel" aria-labelledby="calendar-title">
        <h2 id="calendar-title">{{ t().calendarTitle }}</h2>
        <p>{{ t().calendarIntro }}</p>
        @if (calendarLink(); as url) {
          <p>
            {{ t().yourLink }} <code class="link" data-testid="calendar-link">{{ url }}</code>
          </p>
          <p class="muted">{{ t().copyNow }}</p>
        } @else if (calendar.hasValue() && calendar.value().exists) {
          <p class="muted">{{ t().linkExists }}</p>
        }
        <button mat-stroked-button type="button" [disabled]="action.busy()" (click)="renew()">
          {{ calendar.hasValue() && calendar.value().exists ? t().newLink : t().makeLink }}
        </button>
        <lr-form-problem [action]="action" />
      </section>
    } @else if (prompts.error()) {
      <lr-notice tone="danger">
        {{ t().loadFailed }}
        <button mat-button type="button" (click)="prompts.reload()">{{ t().retry }}</button>
      </lr-notice>
    } @else {
      <lr-status-indicator state="pending">{{ t().loading }}</lr-status-indicator>
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: var(--lr-space-6);
    }
    .panel {
      background: var(--lr-color-surface);
      border-radius: var(--lr-radius);
      padding: var(--lr-space-6);
    }
    .prompt + .prompt {
      border-top: 1px solid var(--lr-color-border);
      margin-top: var(--lr-space-4);
      padding-top: var(--lr-space-4);
    }
    .muted {
      color: var(--lr-color-ink-muted);
    }
    .question {
      font-weight: 600;
      font-size: var(--lr-font-size-l);
    }
    .answer {
      white-space: pre-line;
    }
    .link {
      word-break: break-all;
    }
  `,
})
export class PromptsPage {
  private readonly api = inject(ReflectionApi);
  private readonly dates = injectDateFormat();
  protected readonly t = injectTexts(promptsTexts);
  protected readonly prompts = rxResource({ stream: () => this.api.prompts() });
  protected readonly calendar = rxResource({ stream: () => this.api.calendarFeed() });
  protected readonly calendarLink = signal<string | null>(null);
  protected readonly action = formAction();
  protected readonly openPrompts = computed(() =>
    (this.prompts.hasValue() ? this.prompts.value() : []).filter((prompt) => prompt.open),
  );
  protected readonly pastPrompts = computed(() =>
    (this.prompts.hasValue() ? this.prompts.value() : []).filter((prompt) => !prompt.open),
  );

  protected async renew(): Promise<void> {
    const link = await this.action.run(() => firstValueFrom(this.api.renewCalendarFeed()));
    if (link) {
      this.calendarLink.set(link.url);
      this.calendar.reload();
    }
  }

  protected date(iso: string): string {
    return this.dates.dateTime(iso);
  }
}
