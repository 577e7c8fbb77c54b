import {
  ChangeDetectionStrategy,
  Component,
  type OnInit,
  inject,
  input,
  output,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { firstValueFrom } from 'rxjs';
import {
  type PracticeTheme,
  type CaseDetail,
  practiceThemes,
  caseRequestSchema,
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
import { caseTexts } from './cases.texts';

/** A case from practice, new or changed by whoever brought it in, checked for client data. */
@Component({
  selector: 'lr-case-form',
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
      [lrDraft]="'case:' + teamId() + ':' + (editing()?.id ?? 'new')"
      (ngSubmit)="save()"
      novalidate
    >
      <mat-form-field appearance="outline">
        <mat-label>{{ t().title }}</mat-label>
        <input matInput formControlName="title" />
        <mat-error><lr-field-errors [control]="form.controls.title" /></mat-error>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ t().description }}</mat-label>
        <textarea matInput formControlName="description" rows="8"></textarea>
        <mat-hint>{{ t().descriptionHint }}</mat-hint>
        <mat-error><lr-field-errors [control]="form.controls.description" /></mat-error>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ common().theme }}</mat-label>
        <mat-select formControlName="theme">
          <mat-option value="">{{ common().noTheme }}</mat-option>
          @for (theme of themes; track theme) {
            <mat-option [value]="theme">{{ common().themes[theme] }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <lr-privacy-findings [text]="text()" [confirmed]="form.controls.confirmedNotClientData" />
      <div class="actions">
        <button class="lr-button lr-button-filled" type="submit" [disabled]="action.busy()">
          {{ editing() ? common().save : t().create }}
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
export class CaseForm implements OnInit {
  private readonly api = inject(BoardApi);
  protected readonly t = injectTexts(caseTexts);
  protected readonly common = injectTexts(boardTexts);
  protected readonly action = formAction();
  protected readonly themes = practiceThemes;

  readonly teamId = input.required<string>();
  readonly editing = input<CaseDetail>();
  readonly cancellable = input(false);
  readonly saved = output<CaseDetail>();
  readonly cancelled = output<void>();

  protected readonly form = new FormGroup({
    title: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, zodValidator(caseRequestSchema.shape.title)],
    }),
    description: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, zodValidator(caseRequestSchema.shape.description)],
    }),
    theme: new FormControl<PracticeTheme | ''>('', { nonNullable: true }),
    confirmedNotClientData: new FormControl(false, { nonNullable: true }),
  });
  protected readonly text = guardedText(this.form, ['title', 'description']);

  ngOnInit(): void {
    const editing = this.editing();
    if (editing) {
      this.form.patchValue({
        title: editing.title,
        description: editing.description,
        theme: editing.theme ?? '',
      });
    }
  }

  protected async save(): Promise<void> {
    const { title, description, theme, confirmedNotClientData } = this.form.getRawValue();
    const request = {
      title,
      description,
      ...(theme && { theme }),
      ...(confirmedNotClientData && { confirmedNotClientData }),
    };
    const editing = this.editing();
    const saved = await this.action.run(
      () =>
        firstValueFrom(
          editing
            ? this.api.updateCase(this.teamId(), editing.id, request)
            : this.api.createCase(this.teamId(), request),
        ),
      { form: this.form },
    );
    if (saved) {
      this.form.controls.confirmedNotClientData.setValue(false);
      this.saved.emit(saved);
    }
  }
}
