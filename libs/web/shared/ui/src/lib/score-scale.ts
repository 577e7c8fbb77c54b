import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { defineTexts, injectTexts } from '@leerruimte/web-shared-i18n';

const texts = defineTexts(
  {
    label: (score: number) =>
      score === 1 ? '1 helemaal niet' : score === 5 ? '5 helemaal' : String(score),
    pick: 'Kies een score.',
  },
  {
    label: (score: number) =>
      score === 1 ? '1 not at all' : score === 5 ? '5 completely' : String(score),
    pick: 'Choose a score.',
  },
);

/**
 * One statement scored from 1 (not at all) to 5 (completely), with the keyboard or a tap: the
 * team pulse and a training's evaluation ask the same way.
 */
@Component({
  selector: 'lr-score-scale',
  imports: [MatRadioButton, MatRadioGroup, ReactiveFormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset>
      <legend>{{ statement() }}</legend>
      <mat-radio-group [formControl]="control()" class="scale">
        @for (score of scores; track score) {
          <mat-radio-button [value]="score">{{ t().label(score) }}</mat-radio-button>
        }
      </mat-radio-group>
      @if (control().touched && control().invalid) {
        <p class="error">{{ t().pick }}</p>
      }
    </fieldset>
  `,
  styles: `
    fieldset {
      border: 0;
      padding: 0;
      margin: 0;
    }
    legend {
      font-weight: 600;
    }
    .scale {
      display: flex;
      flex-wrap: wrap;
      gap: var(--lr-space-1);
    }
    .error {
      color: var(--lr-color-danger);
      margin: 0;
    }
  `,
})
export class ScoreScale {
  readonly statement = input.required<string>();
  readonly control = input.required<FormControl<number | null>>();
  protected readonly t = injectTexts(texts);
  protected readonly scores = [1, 2, 3, 4, 5];
}
