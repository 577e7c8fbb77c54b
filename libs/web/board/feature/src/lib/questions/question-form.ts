import {
  ChangeDetectionStrategy,
  Component,
  type OnInit,
  inject,
  input,
  output,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { firstValueFrom } from 'rxjs';
import {
  type PracticeTheme,
  type WhyQuestionDetail,
  practiceThemes,
  createWhyQuestionRequestSchema,
} from '@leerruimte/shared-contracts';
import { BoardApi } from '@leerruimte/web-board-data-access';
import { injectTexts } from '@leerruimte/web-shared-i18n';
import {
  Draft,
  FieldErrors,
  formAction,
  FormBehaviour,
  FormProblem,
  guardedText,
  PrivacyFindings,
  zodValidator,
} from '@leerruimte/web-shared-ui';
import { boardTexts } from '../board.texts';
import { questionTexts } from './questions.texts';

/**
 * Asking a why-question, a deeper "waarom?" under another one, or changing your own question.
 * The privacy guard checks the question as it is typed.
 */
@Component({
  selector: 'lr-question-form',
  imports: [
    Draft,
    FieldErrors,
    FormBehaviour,
    FormProblem,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    PrivacyFindings,
    ReactiveFormsModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form
      class="form"
      [formGroup]="form"
      [lrDraft]="'question:' + teamId() + ':' + (editing()?.id ?? 'new')"
      (ngSubmit)="save()"
      novalidate
    >
      <mat-form-field appearance="outline">
        <mat-label>{{ t().question }}</mat-label>
        <textarea matInput formControlName="question" rows="3"></textarea>
        <mat-hint>{{ t().questionHint }}</mat-hint>
        <mat-error><lr-field-errors [control]="form.controls.question" /></mat-error>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ common().theme }}</mat-label>
        <mat-select formControlName="theme">
          @for (theme of themes; track theme) {
            <mat-option [value]="theme">{{ common().themes[theme] }}</mat-option>
          }
        </mat-select>
        <mat-error><lr-field-errors [control]="form.controls.theme" /></mat-error>
      </mat-form-field>
      @if (!editing() && !parent()) {
        <mat-form-field appearance="outline">
          <mat-label>{{ t().case }}</mat-label>
          <mat-select formControlName="caseId">
            <mat-option value="">{{ t().noCase }}</mat-option>
            @for (option of cases.hasValue() ? cases.value() : []; track option.id) {
              @if (!option.hidden) {
                <mat-option [value]="option.id">{{ option.title }}</mat-option>
              }
            }
          </mat-select>
        </mat-form-field>
      }
      <lr-privacy-findings [text]="text()" [confirmed]="form.controls.confirmedNotClientData" />
      <div class="actions">
        <button class="lr-button lr-button-filled" type="submit" [disabled]="action.busy()">
          {{ editing() ? t().saveQuestion : t().ask }}
        </button>
        @if (cancellable()) {
          <button class="lr-button" type="button" (click)="cancelled.emit()">
            {{ common().cancel }}
          </button>
        }
      </div>
      <lr-form-problem [action]="action" />
    </form>
  `,
  styleUrl: '../board-pages.scss',
})
export class QuestionForm implements OnInit {
  private readonly api = inject(BoardApi);
  protected readonly t = injectTexts(questionTexts);
  protected readonly common = injectTexts(boardTexts);
  protected readonly action = formAction();
  protected readonly themes = practiceThemes;

  readonly teamId = input.required<string>();
  /** Your own question, to change it. */
  readonly editing = input<WhyQuestionDetail>();
  /** The question a deeper "waarom?" is asked under. */
  readonly parent = input<WhyQuestionDetail>();
  /** A case chosen beforehand, e.g. from the case's page. */
  readonly caseId = input<string>();
  readonly cancellable = input(false);
  readonly saved = output<WhyQuestionDetail>();
  readonly cancelled = output<void>();

  protected readonly cases = rxResource({
    params: () => (this.editing() || this.parent() ? undefined : this.teamId()),
    stream: ({ params }) => this.api.cases(params),
  });

  protected readonly form = new FormGroup({
    question: new FormControl('', {
      nonNullable: true,
      validators: [
        Validators.required,
        zodValidator(createWhyQuestionRequestSchema.shape.question),
      ],
    }),
    theme: new FormControl<PracticeTheme | null>(null, { validators: [Validators.required] }),
    caseId: new FormControl('', { nonNullable: true }),
    confirmedNotClientData: new FormControl(false, { nonNullable: true }),
  });
  protected readonly text = guardedText(this.form, ['question']);

  ngOnInit(): void {
    const start = this.editing() ?? this.parent();
    this.form.patchValue({
      question: this.editing()?.question ?? '',
      theme: start?.theme ?? null,
      caseId: this.caseId() ?? '',
    });
  }

  protected async save(): Promise<void> {
    const { question, caseId, confirmedNotClientData } = this.form.getRawValue();
    // Only sent once the form is valid, and then a theme is chosen.
    const theme = this.form.controls.theme.value as PracticeTheme;
    const confirmed = confirmedNotClientData && { confirmedNotClientData };
    const editing = this.editing();
    const parent = this.parent();
    const saved = await this.action.run(
      () =>
        firstValueFrom(
          editing
            ? this.api.updateWhyQuestion(this.teamId(), editing.id, {
                question,
                theme,
                ...confirmed,
              })
            : this.api.askWhy(this.teamId(), {
                question,
                theme,
                ...(caseId && !parent && { caseId }),
                ...(parent && { parentQuestionId: parent.id }),
                ...confirmed,
              }),
        ),
      { form: this.form },
    );
    if (saved) {
      this.form.controls.confirmedNotClientData.setValue(false);
      this.saved.emit(saved);
    }
  }
}
