import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  afterRenderEffect,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import type { Prompt } from '@leerruimte/shared-contracts';
import { ReflectionApi } from '@leerruimte/web-reflection-data-access';
import { injectDateFormat, injectTexts } from '@leerruimte/web-shared-i18n';
import { Notice, StatusIndicator } from '@leerruimte/web-shared-ui';
import { readDraft } from '@leerruimte/web-shared-util';
import { CalendarLink } from './calendar-link';
import { PromptAnswer } from './prompt-answer';
import { PulseAnswer } from './pulse-answer';
import { promptsTexts } from './prompts.texts';

/** How many past questions show at first, and how many more each time one asks. */
const PAST_PAGE = 10;

/** "Reflecties": the questions the team asked me, open ones to answer and my past answers. */
@Component({
  selector: 'lr-prompts-page',
  imports: [CalendarLink, Notice, PromptAnswer, PulseAnswer, StatusIndicator],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="panel" aria-labelledby="prompts-title">
      <h1 id="prompts-title">{{ t().title }}</h1>
      <p>{{ t().intro }}</p>
    </section>
    @if (prompts.hasValue()) {
      @if (linked() === 'missing') {
        <lr-notice tone="warning" data-testid="linked-prompt">{{ t().linkedMissing }}</lr-notice>
      } @else if (linkedClosed(); as closed) {
        <lr-notice tone="info" data-testid="linked-prompt">{{
          t().linkedClosed(date(closed.closesAt))
        }}</lr-notice>
      }
      <section class="panel" aria-labelledby="open-title">
        <h2 id="open-title">{{ t().open }}</h2>
        @for (prompt of openPrompts(); track prompt.occurrenceId) {
          <article class="prompt" [id]="'vraag-' + prompt.occurrenceId" tabindex="-1">
            <p class="muted">
              {{ t().from(prompt.teamName) }} · {{ t().until(date(prompt.closesAt)) }}
            </p>
            <p class="question" [id]="'vraag-tekst-' + prompt.occurrenceId">
              {{ prompt.question }}
            </p>
            @if (prompt.kind === 'pulse' && prompt.myAnswer) {
              <p>{{ t().pulseDone }}</p>
            } @else {
              <!-- The answer forms (Angular forms and Material fields) load when someone answers,
                   so the list shows without them on a phone. -->
              @defer (when answering().has(prompt.occurrenceId)) {
                @if (prompt.kind === 'pulse') {
                  <lr-pulse-answer
                    [prompt]="prompt"
                    [focusFirst]="focusing() === prompt.occurrenceId"
                    (answered)="prompts.reload()"
                  />
                } @else {
                  <lr-prompt-answer
                    [prompt]="prompt"
                    [focusFirst]="focusing() === prompt.occurrenceId"
                    (answered)="prompts.reload()"
                  />
                }
              } @placeholder {
                <div class="answer-start">
                  @if (prompt.myAnswer; as mine) {
                    <p class="answer">{{ mine.answer }}</p>
                    <p class="muted">{{ mine.shared ? t().sharedLabel : t().privateLabel }}</p>
                  }
                  @if (answering().has(prompt.occurrenceId)) {
                    <!-- Opening by itself (a link, a draft): nothing to press meanwhile. -->
                    <lr-status-indicator state="pending">{{
                      t().openingAnswer
                    }}</lr-status-indicator>
                  } @else {
                    <button
                      class="lr-button lr-button-outlined"
                      type="button"
                      [attr.aria-describedby]="'vraag-tekst-' + prompt.occurrenceId"
                      (click)="answer(prompt)"
                    >
                      {{
                        prompt.kind === 'pulse'
                          ? t().fillPulse
                          : prompt.myAnswer
                            ? t().changeAnswer
                            : t().startAnswer
                      }}
                    </button>
                  }
                </div>
              } @loading (after 150ms) {
                <lr-status-indicator state="pending">{{ t().openingAnswer }}</lr-status-indicator>
              }
            }
          </article>
        } @empty {
          <p>{{ t().noneOpen }}</p>
        }
      </section>
      <section class="panel" aria-labelledby="past-title">
        <h2 id="past-title">{{ t().past }}</h2>
        @for (prompt of shownPast(); track prompt.occurrenceId) {
          <article class="prompt" [id]="'vraag-' + prompt.occurrenceId" tabindex="-1">
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
        @if (hiddenPast() > 0) {
          <button type="button" class="lr-button lr-button-outlined more" (click)="showMorePast()">
            {{ t().showEarlier(hiddenPast()) }}
          </button>
        }
      </section>
      <section class="panel" aria-labelledby="calendar-title">
        <h2 id="calendar-title">{{ t().calendarTitle }}</h2>
        <p>{{ t().calendarIntro }}</p>
        <!-- Below the questions: it asks the server only once the page is there. -->
        @defer (on idle) {
          <lr-calendar-link />
        } @placeholder {
          <div class="calendar-placeholder"></div>
        }
      </section>
    } @else if (prompts.error()) {
      <lr-notice tone="danger">
        {{ t().loadFailed }}
        <button class="lr-button" type="button" (click)="prompts.reload()">{{ t().retry }}</button>
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
    .prompt {
      scroll-margin-top: 4.5rem;
    }
    article.prompt:focus {
      outline: none;
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
    .answer-start {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: var(--lr-space-2);
    }
    .more {
      margin-top: var(--lr-space-4);
    }
    .calendar-placeholder {
      min-height: 2.5rem;
    }
  `,
})
export class PromptsPage {
  /** Set when a link named one prompt (`/reflecties/:occurrenceId`). */
  readonly occurrenceId = input<string>();
  private readonly api = inject(ReflectionApi);
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;
  private readonly dates = injectDateFormat();
  protected readonly t = injectTexts(promptsTexts);
  protected readonly prompts = rxResource({ stream: () => this.api.prompts() });
  protected readonly openPrompts = computed(() =>
    (this.prompts.hasValue() ? this.prompts.value() : []).filter((prompt) => prompt.open),
  );
  protected readonly pastPrompts = computed(() =>
    (this.prompts.hasValue() ? this.prompts.value() : []).filter((prompt) => !prompt.open),
  );

  /**
   * The newest past questions, more on request: a long history is not built on every visit.
   * A linked question further back is shown with those before it.
   */
  private readonly pastLimit = signal(PAST_PAGE);
  protected readonly shownPast = computed(() => {
    const past = this.pastPrompts();
    const linkedId = this.linkedClosed()?.occurrenceId;
    const linkedAt = past.findIndex((prompt) => prompt.occurrenceId === linkedId);
    return past.slice(0, Math.max(this.pastLimit(), linkedAt + 1));
  });
  protected readonly hiddenPast = computed(
    () => this.pastPrompts().length - this.shownPast().length,
  );
  private readonly injector = inject(Injector);

  /** Shows the next past questions and moves the focus to the first of them. */
  protected showMorePast(): void {
    const first = this.pastPrompts()[this.shownPast().length];
    this.pastLimit.set(this.shownPast().length + PAST_PAGE);
    afterNextRender(
      () => this.host.querySelector<HTMLElement>(`#vraag-${first?.occurrenceId}`)?.focus(),
      { injector: this.injector },
    );
  }

  /** The linked prompt, 'missing' when it is not (or no longer) mine, undefined without a link. */
  protected readonly linked = computed(() => {
    const id = this.occurrenceId();
    if (!id || !this.prompts.hasValue()) return undefined;
    return this.prompts.value().find((prompt) => prompt.occurrenceId === id) ?? 'missing';
  });

  protected readonly linkedClosed = computed(() => {
    const linked = this.linked();
    return linked && linked !== 'missing' && !linked.open ? linked : undefined;
  });

  /** Prompts whose answer form is open: tapped, linked, or with a draft to come back to. */
  private readonly opened = signal<ReadonlySet<string>>(new Set());
  protected readonly answering = computed(() => {
    const ids = new Set(this.opened());
    const linked = this.linked();
    if (linked && linked !== 'missing') ids.add(linked.occurrenceId);
    for (const prompt of this.openPrompts()) {
      if (readDraft(`prompt:${prompt.occurrenceId}`)) ids.add(prompt.occurrenceId);
    }
    return ids;
  });
  /** The form whose first field gets the focus when it appears. */
  protected readonly focusing = signal<string | undefined>(undefined);

  constructor() {
    // From the mail to the answer: the linked question in view, its answer field ready to type
    // (the form focuses it once loaded); a closed one gets the focus itself.
    let shown: string | undefined;
    afterRenderEffect(() => {
      const linked = this.linked();
      if (!linked || linked === 'missing' || shown === linked.occurrenceId) return;
      shown = linked.occurrenceId;
      const article = this.host.querySelector<HTMLElement>(`#vraag-${linked.occurrenceId}`);
      article?.scrollIntoView({ block: 'start' });
      if (linked.open) this.focusing.set(linked.occurrenceId);
      else article?.focus({ preventScroll: true });
    });
  }

  protected answer(prompt: Prompt): void {
    this.focusing.set(prompt.occurrenceId);
    this.opened.update((ids) => new Set(ids).add(prompt.occurrenceId));
  }

  protected date(iso: string): string {
    return this.dates.dateTime(iso);
  }
}
