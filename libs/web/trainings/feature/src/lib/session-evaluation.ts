import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
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
  ScoreScale,
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
  imports: [FormBehaviour, FormProblem, ReactiveFormsModule, ScoreScale],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="evaluation" [formGroup]="form" (ngSubmit)="send()" novalidate>
      <p class="muted">{{ t().evaluationIntro }}</p>
      @for (statement of statements; track statement) {
        <lr-score-scale
          [statement]="texts[locale()][statement]"
          [control]="form.controls[statement]"
        />
      }
      <button class="lr-button lr-button-filled" type="submit" [disabled]="action.busy()">
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
  `,
})
export class SessionEvaluation {
  private readonly api = inject(TrainingsApi);
  protected readonly t = injectTexts(trainingTexts);
  protected readonly locale = inject(LocaleService).locale;
  protected readonly action = formAction();
  protected readonly statements = evaluationStatements;
  protected readonly texts = evaluationStatementTexts;

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
