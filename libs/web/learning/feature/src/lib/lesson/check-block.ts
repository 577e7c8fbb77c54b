import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { CheckResult, LessonBlock } from '@leerruimte/shared-contracts';
import { LearningApi } from '@leerruimte/web-learning-data-access';
import { injectTexts } from '@leerruimte/web-shared-i18n';
import { FormProblem, Notice, formAction } from '@leerruimte/web-shared-ui';
import { learningTexts } from '../learning.texts';

/** A multiple-choice knowledge check; the server says whether the choice is right, and why. */
@Component({
  selector: 'lr-check-block',
  imports: [FormProblem, Notice],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="block check" [attr.aria-labelledby]="headingId()">
      <h2 class="block-kind" [id]="headingId()">{{ t().check }}</h2>
      <form (submit)="$event.preventDefault(); submit()">
        <fieldset>
          <legend class="question">{{ block().question }}</legend>
          <!-- Native radio buttons, as in the self-assessment: the legend names the group. -->
          <div class="options">
            @for (option of block().options; track $index) {
              <label>
                <input
                  type="radio"
                  [name]="headingId()"
                  [value]="$index"
                  [checked]="chosen() === $index"
                  (change)="choose($index)"
                />
                {{ option.text }}
              </label>
            }
          </div>
        </fieldset>
        <button class="lr-button lr-button-outlined" type="submit" [disabled]="action.busy()">
          {{ t().checkAnswer }}
        </button>
      </form>
      <div aria-live="polite">
        @if (missing()) {
          <lr-notice tone="warning">{{ t().chooseOption }}</lr-notice>
        }
        @if (result(); as outcome) {
          <lr-notice [tone]="outcome.correct ? 'success' : 'warning'" data-testid="check-feedback">
            <p class="verdict">{{ outcome.correct ? t().right : t().notRight }}</p>
            <p>{{ outcome.feedback }}</p>
          </lr-notice>
        }
        <lr-form-problem [action]="action" />
      </div>
    </section>
  `,
  styleUrl: './blocks.scss',
})
export class CheckBlock {
  private readonly api = inject(LearningApi);
  protected readonly t = injectTexts(learningTexts);
  protected readonly action = formAction();

  readonly block = input.required<Extract<LessonBlock, { kind: 'check' }>>();
  readonly moduleSlug = input.required<string>();
  readonly lessonSlug = input.required<string>();
  /** The learner's earlier answer, if any. */
  readonly answered = input<{ option: number; correct: boolean }>();

  protected readonly headingId = computed(() => `check-${this.block().id}`);
  private readonly choice = signal<number | null>(null);
  protected readonly chosen = computed(() => this.choice() ?? this.answered()?.option ?? null);
  protected readonly result = signal<CheckResult | null>(null);
  protected readonly missing = signal(false);

  protected choose(option: number): void {
    this.choice.set(option);
    this.missing.set(false);
    this.result.set(null);
  }

  protected async submit(): Promise<void> {
    const option = this.chosen();
    if (option === null) {
      this.missing.set(true);
      return;
    }
    const result = await this.action.run(() =>
      firstValueFrom(
        this.api.answerCheck(this.moduleSlug(), this.lessonSlug(), this.block().id, option),
      ),
    );
    if (result) this.result.set(result);
  }
}
