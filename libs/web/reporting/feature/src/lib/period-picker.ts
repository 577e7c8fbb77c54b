import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  type OnInit,
  inject,
  model,
} from '@angular/core';
import {
  type AbstractControl,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  type ValidationErrors,
} from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { injectTexts } from '@leerruimte/web-shared-i18n';
import {
  type Half,
  type Period,
  type PeriodKind,
  type Quarter,
  customPeriodProblem,
  periodRange,
  recentMonths,
  recentYears,
  samePeriod,
} from './period';
import { injectReportFormat } from './report-format';
import { reportingTexts } from './reporting.texts';

/** How far back one can look: the platform keeps a few years of monthly figures. */
const YEARS_BACK = 5;

/** The custom end month must follow the start and span at most three years. */
function customPeriodValidator(control: AbstractControl): ValidationErrors | null {
  const from = control.parent?.get('from')?.value as string | undefined;
  const problem = from ? customPeriodProblem(from, control.value as string) : null;
  return problem ? { period: problem } : null;
}

/**
 * The report period: a quarter, a half year, a year, or any months from-to. Every change that
 * makes a whole period is passed on at once, so the figures follow the choice.
 */
@Component({
  selector: 'lr-period-picker',
  imports: [MatFormFieldModule, MatRadioModule, MatSelectModule, ReactiveFormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="picker" [formGroup]="form">
      <fieldset>
        <legend [id]="kindLegendId">{{ t().periodKind }}</legend>
        <mat-radio-group
          formControlName="kind"
          class="choices"
          [attr.aria-labelledby]="kindLegendId"
        >
          @for (kind of kinds; track kind) {
            <mat-radio-button [value]="kind">{{ t().kinds[kind] }}</mat-radio-button>
          }
        </mat-radio-group>
      </fieldset>
      <div class="fields">
        @switch (form.controls.kind.value) {
          @case ('custom') {
            <mat-form-field appearance="outline">
              <mat-label>{{ t().fromMonth }}</mat-label>
              <mat-select formControlName="from" data-testid="period-from">
                @for (month of months; track month) {
                  <mat-option [value]="month">{{ format.month(month) }}</mat-option>
                }
              </mat-select>
            </mat-form-field>
            <mat-form-field appearance="outline">
              <mat-label>{{ t().toMonth }}</mat-label>
              <mat-select formControlName="to" data-testid="period-to">
                @for (month of months; track month) {
                  <mat-option [value]="month">{{ format.month(month) }}</mat-option>
                }
              </mat-select>
              @if (form.controls.to.errors?.['period']; as problem) {
                <mat-error>{{ problemText(problem) }}</mat-error>
              }
            </mat-form-field>
          }
          @default {
            <mat-form-field appearance="outline">
              <mat-label>{{ t().year }}</mat-label>
              <mat-select formControlName="year" data-testid="period-year">
                @for (year of years; track year) {
                  <mat-option [value]="year">{{ year }}</mat-option>
                }
              </mat-select>
            </mat-form-field>
            @if (form.controls.kind.value === 'quarter') {
              <mat-form-field appearance="outline">
                <mat-label>{{ t().quarter }}</mat-label>
                <mat-select formControlName="quarter" data-testid="period-quarter">
                  @for (quarter of quarters; track quarter) {
                    <mat-option [value]="quarter">{{ t().quarterOption(quarter) }}</mat-option>
                  }
                </mat-select>
              </mat-form-field>
            } @else if (form.controls.kind.value === 'half') {
              <mat-form-field appearance="outline">
                <mat-label>{{ t().half }}</mat-label>
                <mat-select formControlName="half" data-testid="period-half">
                  @for (half of halves; track half) {
                    <mat-option [value]="half">{{ t().halfOption(half) }}</mat-option>
                  }
                </mat-select>
              </mat-form-field>
            }
          }
        }
      </div>
    </div>
  `,
  styles: `
    .picker {
      display: flex;
      flex-direction: column;
      gap: var(--lr-space-2);
    }
    fieldset {
      border: 0;
      padding: 0;
      margin: 0;
    }
    legend {
      font-weight: 600;
      margin-bottom: var(--lr-space-1);
    }
    .choices,
    .fields {
      display: flex;
      flex-wrap: wrap;
      gap: 0 var(--lr-space-3);
    }
    mat-form-field {
      flex: 0 1 14rem;
    }
  `,
})
export class PeriodPicker implements OnInit {
  private readonly destroyRef = inject(DestroyRef);
  protected readonly t = injectTexts(reportingTexts);
  protected readonly format = injectReportFormat();
  protected readonly kindLegendId = 'period-kind-legend';
  protected readonly kinds: readonly PeriodKind[] = ['quarter', 'half', 'year', 'custom'];
  protected readonly quarters: readonly Quarter[] = [1, 2, 3, 4];
  protected readonly halves: readonly Half[] = [1, 2];
  protected readonly years = recentYears(YEARS_BACK);
  protected readonly months = recentMonths(YEARS_BACK);

  readonly period = model.required<Period>();

  protected readonly form = new FormGroup({
    kind: new FormControl<PeriodKind>('quarter', { nonNullable: true }),
    year: new FormControl(this.years[0], { nonNullable: true }),
    quarter: new FormControl<Quarter>(1, { nonNullable: true }),
    half: new FormControl<Half>(1, { nonNullable: true }),
    from: new FormControl('', { nonNullable: true }),
    to: new FormControl('', { nonNullable: true, validators: customPeriodValidator }),
  });

  ngOnInit(): void {
    this.show(this.period());
    const { kind, from, to } = this.form.controls;
    const subscriptions = [
      // Switching to "Aangepast" starts from the months that were shown, not from nothing.
      kind.valueChanges.subscribe((next) => {
        if (next !== 'custom') return;
        const range = periodRange(this.period());
        this.form.patchValue(range, { emitEvent: false });
        to.updateValueAndValidity({ emitEvent: false });
      }),
      from.valueChanges.subscribe(() => {
        to.markAsTouched();
        to.updateValueAndValidity({ emitEvent: false });
      }),
      this.form.valueChanges.subscribe(() => this.pass()),
    ];
    this.destroyRef.onDestroy(() => subscriptions.forEach((item) => item.unsubscribe()));
  }

  protected problemText(problem: 'end_before_start' | 'period_too_long'): string {
    return this.t().periodProblems[problem];
  }

  private show(period: Period): void {
    const range = periodRange(period);
    this.form.patchValue(
      {
        kind: period.kind,
        year: period.kind === 'custom' ? this.years[0] : period.year,
        quarter: period.kind === 'quarter' ? period.quarter : 1,
        half: period.kind === 'half' ? period.half : 1,
        from: range.from,
        to: range.to,
      },
      { emitEvent: false },
    );
  }

  private pass(): void {
    const value = this.form.getRawValue();
    let next: Period;
    switch (value.kind) {
      case 'quarter':
        next = { kind: 'quarter', year: value.year, quarter: value.quarter };
        break;
      case 'half':
        next = { kind: 'half', year: value.year, half: value.half };
        break;
      case 'year':
        next = { kind: 'year', year: value.year };
        break;
      case 'custom':
        if (this.form.controls.to.invalid || !value.from || !value.to) return;
        next = { kind: 'custom', from: value.from, to: value.to };
        break;
    }
    if (!samePeriod(next, this.period())) this.period.set(next);
  }
}
