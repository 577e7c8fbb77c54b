import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { firstValueFrom } from 'rxjs';
import {
  type EvaluationStatement,
  type Training,
  evaluationStatementTexts,
  evaluationStatements,
} from '@leerruimte/shared-contracts';
import { LocaleService, injectTexts } from '@leerruimte/web-shared-i18n';
import {
  FormBehaviour,
  FormProblem,
  focusFirstFieldOnOpen,
  formAction,
} from '@leerruimte/web-shared-ui';
import { TrainingsApi } from '@leerruimte/web-trainings-data-access';
import { trainingTexts } from './trainings.texts';

type Scores = { [S in EvaluationStatement]: FormControl<number | null> };

/**
 * The evaluation of a session someone attended: four statements scored from 1 to 5, sent once
 * and kept without the person.
 */
@Component({
  selector: 'lr-session-evaluation',
  imports: [
    FormBehaviour,
    FormProblem,
    MatButtonModule,
    MatRadioButton,
    MatRadioGroup,
    ReactiveFormsModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="evaluation" [formGroup]="form" (ngSubmit)="send()" novalidate>
      <p class="muted">{{ t().evaluationIntro }}</p>
      @for (statement of statements; track statement) {
        <fieldset>
          <legend>{{ texts[locale()][statement] }}</legend>
          <mat-radio-group [formControlName]="statement" class="scale">
            @for (score of scale; track score) {
              <mat-radio-button [value]="score">{{ t().scoreLabel(score) }}</mat-radio-button>
            }
          </mat-radio-group>
          @if (form.controls[statement].touched && form.controls[statement].invalid) {
            <p class="error">{{ t().pickScore }}</p>
          }
        </fieldset>
      }
      <button mat-flat-button type="submit" [disabled]="action.busy()">
        {{ t().sendEvaluation }}
      </button>
      <lr-form-problem [action]="action" />
    </form>
  `,
  styles: `
    .evaluation {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: var(--lr-space-2);
    }
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
export class SessionEvaluation {
  private readonly api = inject(TrainingsApi);
  protected readonly t = injectTexts(trainingTexts);
  protected readonly locale = inject(LocaleService).locale;
  protected readonly action = formAction();
  protected readonly statements = evaluationStatements;
  protected readonly texts = evaluationStatementTexts;
  protected readonly scale = [1, 2, 3, 4, 5];

  readonly teamId = input.required<string>();
  readonly sessionId = input.required<string>();
  readonly evaluated = output<Training>();

  protected readonly form = new FormGroup(
    Object.fromEntries(
      evaluationStatements.map((statement) => [
        statement,
        new FormControl<number | null>(null, Validators.required),
      ]),
    ) as Scores,
  );

  constructor() {
    // It opens in place of the button that was pressed: start at the first statement.
    focusFirstFieldOnOpen(() => true);
  }

  protected async send(): Promise<void> {
    const training = await this.action.run(
      () =>
        firstValueFrom(
          this.api.evaluate(this.teamId(), this.sessionId(), {
            scores: this.form.getRawValue() as Record<EvaluationStatement, number>,
          }),
        ),
      { form: this.form },
    );
    if (training) this.evaluated.emit(training);
  }
}
