import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { firstValueFrom } from 'rxjs';
import {
  type Prompt,
  type PulseStatement,
  pulseStatementTexts,
  pulseStatements,
} from '@leerruimte/shared-contracts';
import { ReflectionApi } from '@leerruimte/web-reflection-data-access';
import { LocaleService, injectTexts } from '@leerruimte/web-shared-i18n';
import {
  FormBehaviour,
  FormProblem,
  Notice,
  ScoreScale,
  focusFirstFieldOnOpen,
  formAction,
} from '@leerruimte/web-shared-ui';
import { promptsTexts } from './prompts.texts';

type Scores = Record<PulseStatement, FormControl<number | null>>;

/**
 * The team-learning pulse: five statements, each scored from 1 to 5 with the keyboard or a tap.
 * The scores are sent once and kept without the person; the team sees only averages.
 */
@Component({
  selector: 'lr-pulse-answer',
  imports: [FormBehaviour, FormProblem, Notice, ReactiveFormsModule, ScoreScale],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p>{{ t().pulseIntro }}</p>
    <form [formGroup]="form" (ngSubmit)="send()" novalidate>
      @for (statement of statements; track statement) {
        <lr-score-scale
          [statement]="texts[locale()][statement]"
          [control]="form.controls[statement]"
        />
      }
      <button class="lr-button lr-button-filled" type="submit" [disabled]="action.busy()">
        {{ t().sendPulse }}
      </button>
      <div aria-live="polite">
        @if (sent()) {
          <lr-notice tone="success">{{ t().pulseSent }}</lr-notice>
        }
        <lr-form-problem [action]="action" />
      </div>
    </form>
  `,
  styles: `
    form {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: var(--lr-space-2);
    }
  `,
})
export class PulseAnswer {
  private readonly api = inject(ReflectionApi);
  protected readonly t = injectTexts(promptsTexts);
  protected readonly locale = inject(LocaleService).locale;
  protected readonly action = formAction();
  protected readonly statements = pulseStatements;
  protected readonly texts = pulseStatementTexts;

  readonly prompt = input.required<Prompt>();
  /** Opened by a tap or a link: start in the first field. */
  readonly focusFirst = input(false);
  readonly answered = output<Prompt>();

  constructor() {
    focusFirstFieldOnOpen(() => this.focusFirst());
  }

  protected readonly sent = signal(false);
  protected readonly form = new FormGroup(
    Object.fromEntries(
      pulseStatements.map((statement) => [
        statement,
        new FormControl<number | null>(null, Validators.required),
      ]),
    ) as Scores,
  );

  protected async send(): Promise<void> {
    const prompt = await this.action.run(
      () =>
        firstValueFrom(
          this.api.answerPulse(this.prompt().occurrenceId, {
            scores: this.form.getRawValue() as Record<PulseStatement, number>,
          }),
        ),
      { form: this.form },
    );
    if (prompt) {
      this.sent.set(true);
      this.answered.emit(prompt);
    }
  }
}
