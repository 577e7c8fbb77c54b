import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { LessonBlock, SelfAssessmentResult } from '@leerruimte/shared-contracts';
import { LearningApi } from '@leerruimte/web-learning-data-access';
import {
  LocaleService,
  injectDateFormat,
  injectTexts,
  localeTags,
} from '@leerruimte/web-shared-i18n';
import { ContentHtml, FormProblem, Notice, formAction } from '@leerruimte/web-shared-ui';
import { learningTexts } from '../learning.texts';

type SelfAssessment = Extract<LessonBlock, { kind: 'self-assessment' }>;

/**
 * Statements scored 1 to 5; the result (the average per dimension) is kept, and earlier results
 * are shown beside it, so a learner who repeats the scan sees what changed.
 */
@Component({
  selector: 'lr-self-assessment-block',
  imports: [ContentHtml, FormProblem, Notice],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="block self-assessment" [attr.aria-labelledby]="headingId()">
      <h2 class="block-kind" [id]="headingId()">{{ t().selfAssessment }}: {{ block().title }}</h2>
      <div [innerHTML]="block().introHtml | contentHtml"></div>
      <form (submit)="$event.preventDefault(); submit()">
        @for (dimension of block().dimensions; track dimension.id) {
          <h3>{{ dimension.name }}</h3>
          @for (statement of statementsOf(dimension.id); track statement.id) {
            <fieldset class="statement">
              <legend>{{ statement.text }}</legend>
              <div class="scale">
                @for (label of block().scale; track $index) {
                  <label>
                    <input
                      type="radio"
                      [name]="block().id + '-' + statement.id"
                      [value]="$index + 1"
                      [checked]="scores()[statement.id] === $index + 1"
                      (change)="score(statement.id, $index + 1)"
                    />
                    {{ $index + 1 }} · {{ label }}
                  </label>
                }
              </div>
            </fieldset>
          }
        }
        <button class="lr-button lr-button-outlined" type="submit" [disabled]="action.busy()">
          {{ t().showResult }}
        </button>
      </form>
      <div aria-live="polite">
        @if (incomplete()) {
          <lr-notice tone="warning">{{ t().answerAll }}</lr-notice>
        }
        <lr-form-problem [action]="action" />
        @if (results()[0]; as latest) {
          <h3>{{ t().result }} ({{ date(latest.takenAt) }})</h3>
          <ul data-testid="self-assessment-result">
            @for (dimension of latest.dimensions; track dimension.id) {
              <li>
                <strong>{{ dimension.name }}</strong>: {{ t().average(number(dimension.average)) }}
                @if (change(dimension.id); as difference) {
                  <span class="muted"> ({{ t().sinceLast(difference) }})</span>
                }
              </li>
            }
          </ul>
        }
      </div>
      @if (results().length > 1) {
        <details>
          <summary>{{ t().earlierResults(results().length - 1) }}</summary>
          <ul>
            @for (earlier of results().slice(1); track earlier.takenAt) {
              <li>
                {{ date(earlier.takenAt) }}:
                @for (dimension of earlier.dimensions; track dimension.id; let last = $last) {
                  {{ dimension.name }} {{ number(dimension.average) }}{{ last ? '' : ' · ' }}
                }
              </li>
            }
          </ul>
        </details>
      }
    </section>
  `,
  styleUrl: './blocks.scss',
})
export class SelfAssessmentBlock {
  private readonly api = inject(LearningApi);
  private readonly locale = inject(LocaleService).locale;
  private readonly dates = injectDateFormat();
  protected readonly t = injectTexts(learningTexts);
  protected readonly action = formAction();

  readonly block = input.required<SelfAssessment>();
  readonly moduleSlug = input.required<string>();
  readonly lessonSlug = input.required<string>();
  /** Earlier results, newest first. */
  readonly history = input<SelfAssessmentResult[]>([]);

  protected readonly headingId = computed(() => `self-assessment-${this.block().id}`);
  protected readonly scores = signal<Record<string, number>>({});
  protected readonly incomplete = signal(false);
  private readonly taken = signal<SelfAssessmentResult[]>([]);
  protected readonly results = computed(() => [...this.taken(), ...this.history()]);

  protected statementsOf(dimension: string) {
    return this.block().statements.filter((statement) => statement.dimension === dimension);
  }

  protected score(statement: string, value: number): void {
    this.scores.update((scores) => ({ ...scores, [statement]: value }));
    this.incomplete.set(false);
  }

  protected async submit(): Promise<void> {
    const scores = this.scores();
    if (this.block().statements.some((statement) => scores[statement.id] === undefined)) {
      this.incomplete.set(true);
      return;
    }
    const result = await this.action.run(() =>
      firstValueFrom(
        this.api.takeSelfAssessment(this.moduleSlug(), this.lessonSlug(), this.block().id, scores),
      ),
    );
    if (result) this.taken.update((taken) => [result, ...taken]);
  }

  /** How much a dimension moved since the result before the latest, if there is one. */
  protected change(dimension: string): string | null {
    const [latest, previous] = this.results();
    const before = previous?.dimensions.find((candidate) => candidate.id === dimension);
    const now = latest?.dimensions.find((candidate) => candidate.id === dimension);
    if (!before || !now) return null;
    const difference = Math.round((now.average - before.average) * 10) / 10;
    return `${difference > 0 ? '+' : ''}${this.number(difference)}`;
  }

  protected number(value: number): string {
    return new Intl.NumberFormat(localeTags[this.locale()], {
      maximumFractionDigits: 1,
    }).format(value);
  }

  protected date(iso: string): string {
    return this.dates.date(iso);
  }
}
