import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { LessonBlock } from '@leerruimte/shared-contracts';
import { LocaleService, injectTexts } from '@leerruimte/web-shared-i18n';
import { Notice } from '@leerruimte/web-shared-ui';
import { inject } from '@angular/core';
import { learningTexts } from '../learning.texts';

type SelfAssessment = Extract<LessonBlock, { kind: 'self-assessment' }>;

/** Statements scored 1 to 5, with the average per dimension as the result. */
@Component({
  selector: 'lr-self-assessment-block',
  imports: [MatButtonModule, Notice],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="block self-assessment" [attr.aria-labelledby]="headingId()">
      <h2 class="block-kind" [id]="headingId()">{{ t().selfAssessment }}: {{ block().title }}</h2>
      <div [innerHTML]="block().introHtml"></div>
      <form (submit)="$event.preventDefault(); showResult()">
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
        <button mat-stroked-button type="submit">{{ t().showResult }}</button>
      </form>
      <div aria-live="polite">
        @if (incomplete()) {
          <lr-notice tone="warning">{{ t().answerAll }}</lr-notice>
        }
        @if (result(); as averages) {
          <h3>{{ t().result }}</h3>
          <ul data-testid="self-assessment-result">
            @for (dimension of averages; track dimension.id) {
              <li>
                <strong>{{ dimension.name }}</strong>: {{ t().average(dimension.average) }}
              </li>
            }
          </ul>
        }
      </div>
    </section>
  `,
  styleUrl: './blocks.scss',
})
export class SelfAssessmentBlock {
  private readonly locale = inject(LocaleService).locale;
  protected readonly t = injectTexts(learningTexts);
  readonly block = input.required<SelfAssessment>();

  protected readonly headingId = computed(() => `self-assessment-${this.block().id}`);
  protected readonly scores = signal<Record<string, number>>({});
  protected readonly incomplete = signal(false);
  protected readonly result = signal<Array<{ id: string; name: string; average: string }> | null>(
    null,
  );

  protected statementsOf(dimension: string) {
    return this.block().statements.filter((statement) => statement.dimension === dimension);
  }

  protected score(statement: string, value: number): void {
    this.scores.update((scores) => ({ ...scores, [statement]: value }));
    this.incomplete.set(false);
  }

  protected showResult(): void {
    const scores = this.scores();
    if (this.block().statements.some((statement) => scores[statement.id] === undefined)) {
      this.incomplete.set(true);
      return;
    }
    const format = new Intl.NumberFormat(this.locale() === 'nl' ? 'nl-NL' : 'en-GB', {
      maximumFractionDigits: 1,
    });
    this.result.set(
      this.block().dimensions.map((dimension) => {
        const values = this.statementsOf(dimension.id).map((statement) => scores[statement.id]);
        const average = values.reduce((sum, value) => sum + value, 0) / values.length;
        return { id: dimension.id, name: dimension.name, average: format.format(average) };
      }),
    );
  }
}
