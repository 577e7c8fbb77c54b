import {
  ChangeDetectionStrategy,
  Component,
  type OnInit,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { firstValueFrom } from 'rxjs';
import { type Prompt, answerMaxLength } from '@leerruimte/shared-contracts';
import { ReflectionApi } from '@leerruimte/web-reflection-data-access';
import { injectTexts } from '@leerruimte/web-shared-i18n';
import {
  Draft,
  FieldErrors,
  filledIn,
  formAction,
  FormBehaviour,
  FormProblem,
  focusFirstFieldOnOpen,
  guardedText,
  Notice,
  PrivacyFindings,
} from '@leerruimte/web-shared-ui';
import { promptsTexts } from './prompts.texts';

/** Answering one open prompt: the text, who sees it, and the privacy guard while typing. */
@Component({
  selector: 'lr-prompt-answer',
  imports: [
    Draft,
    FieldErrors,
    FormBehaviour,
    FormProblem,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    Notice,
    PrivacyFindings,
    ReactiveFormsModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form
      [formGroup]="form"
      [lrDraft]="'prompt:' + prompt().occurrenceId"
      (ngSubmit)="save()"
      novalidate
    >
      <mat-form-field appearance="outline">
        <mat-label>{{ t().yourAnswer }}</mat-label>
        <textarea matInput formControlName="answer" rows="3"></textarea>
        <mat-error><lr-field-errors [control]="form.controls.answer" /></mat-error>
      </mat-form-field>
      <lr-privacy-findings [text]="answer()" [confirmed]="form.controls.confirmedNotClientData" />
      <fieldset>
        <legend>{{ t().visibility }}</legend>
        <mat-radio-group formControlName="shared" class="choices">
          <mat-radio-button [value]="false">{{ t().onlyMe }}</mat-radio-button>
          <mat-radio-button [value]="true">{{ t().shareTeam }}</mat-radio-button>
        </mat-radio-group>
      </fieldset>
      <button class="lr-button lr-button-filled" type="submit" [disabled]="action.busy()">
        {{ t().save }}
      </button>
      <div aria-live="polite">
        @if (saved()) {
          <lr-notice tone="success">{{ t().saved }}</lr-notice>
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
    mat-form-field {
      width: 100%;
    }
    fieldset {
      border: 0;
      padding: 0;
      margin: 0;
    }
    legend {
      font-weight: 600;
    }
    .choices {
      display: flex;
      flex-wrap: wrap;
      gap: var(--lr-space-3);
    }
  `,
})
export class PromptAnswer implements OnInit {
  private readonly api = inject(ReflectionApi);
  protected readonly t = injectTexts(promptsTexts);
  protected readonly action = formAction();

  readonly prompt = input.required<Prompt>();
  /** Opened by a tap or a link: start in the first field. */
  readonly focusFirst = input(false);
  readonly answered = output<Prompt>();

  constructor() {
    focusFirstFieldOnOpen(() => this.focusFirst());
  }

  protected readonly saved = signal(false);
  protected readonly form = new FormGroup({
    answer: new FormControl('', {
      nonNullable: true,
      validators: [filledIn(answerMaxLength)],
    }),
    shared: new FormControl(false, { nonNullable: true }),
    confirmedNotClientData: new FormControl(false, { nonNullable: true }),
  });
  protected readonly answer = guardedText(this.form, ['answer']);

  ngOnInit(): void {
    const mine = this.prompt().myAnswer;
    this.form.patchValue({ answer: mine?.answer ?? '', shared: mine?.shared ?? false });
  }

  protected async save(): Promise<void> {
    this.saved.set(false);
    const { answer, shared, confirmedNotClientData } = this.form.getRawValue();
    const prompt = await this.action.run(
      () =>
        firstValueFrom(
          this.api.answer(this.prompt().occurrenceId, {
            answer,
            shared,
            ...(confirmedNotClientData && { confirmedNotClientData }),
          }),
        ),
      { form: this.form },
    );
    if (prompt) {
      this.saved.set(true);
      this.answered.emit(prompt);
    }
  }
}
