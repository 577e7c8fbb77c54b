import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { firstValueFrom } from 'rxjs';
import { defaultMinimumGroupSize, reportSettingsSchema } from '@leerruimte/shared-contracts';
import { ReportingApi } from '@leerruimte/web-reporting-data-access';
import { injectTexts } from '@leerruimte/web-shared-i18n';
import {
  FieldErrors,
  FormBehaviour,
  FormProblem,
  Notice,
  formAction,
  zodValidator,
} from '@leerruimte/web-shared-ui';
import { reportingTexts } from './reporting.texts';

/**
 * An organisation admin's choice of the minimum group size. The API applies it to every
 * report and export; the page reloads its figures once it is saved.
 */
@Component({
  selector: 'lr-report-settings-form',
  imports: [
    FieldErrors,
    FormBehaviour,
    FormProblem,
    MatFormFieldModule,
    MatInputModule,
    Notice,
    ReactiveFormsModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p>{{ t().settingsIntro }}</p>
    <form class="form" [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-form-field appearance="outline">
        <mat-label>{{ t().minimumGroupSize }}</mat-label>
        <input
          matInput
          type="number"
          inputmode="numeric"
          min="3"
          max="50"
          step="1"
          formControlName="minimumGroupSize"
          data-testid="minimum-group-size"
        />
        <mat-hint>{{ t().minimumGroupSizeHint }}</mat-hint>
        <mat-error><lr-field-errors [control]="form.controls.minimumGroupSize" /></mat-error>
      </mat-form-field>
      <button class="lr-button lr-button-filled" type="submit" [disabled]="action.busy()">
        {{ t().saveSettings }}
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
    .form {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: var(--lr-space-2);
      max-width: 24rem;
    }
    mat-form-field {
      width: 100%;
    }
  `,
})
export class ReportSettingsForm {
  private readonly api = inject(ReportingApi);
  protected readonly t = injectTexts(reportingTexts);
  protected readonly action = formAction();

  readonly organisationId = input.required<string>();
  /** The new size, once the API has stored it. */
  readonly changed = output<number>();

  protected readonly saved = signal(false);
  protected readonly form = new FormGroup({
    minimumGroupSize: new FormControl<number | null>(defaultMinimumGroupSize, {
      validators: [Validators.required, zodValidator(reportSettingsSchema.shape.minimumGroupSize)],
    }),
  });
  private readonly settings = rxResource({
    params: () => this.organisationId(),
    stream: ({ params }) => this.api.settings(params),
  });

  constructor() {
    effect(() => {
      if (this.settings.hasValue()) this.form.reset(this.settings.value());
    });
  }

  protected async save(): Promise<void> {
    this.saved.set(false);
    const stored = await this.action.run(
      () =>
        firstValueFrom(
          this.api.saveSettings(this.organisationId(), {
            minimumGroupSize: Number(this.form.controls.minimumGroupSize.value),
          }),
        ),
      { form: this.form },
    );
    if (stored) {
      this.form.reset(stored);
      this.saved.set(true);
      this.changed.emit(stored.minimumGroupSize);
    }
  }
}
