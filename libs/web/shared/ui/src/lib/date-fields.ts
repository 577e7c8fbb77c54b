import {
  ChangeDetectionStrategy,
  Component,
  Injectable,
  effect,
  inject,
  input,
} from '@angular/core';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatDatepickerIntl, MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatTimepickerModule } from '@angular/material/timepicker';
import { LocaleService, defineTexts, injectTexts } from '@leerruimte/web-shared-i18n';
import type { DateTime } from 'luxon';
import { dutchDateProviders, followInterfaceLanguage } from './dutch-dates';
import { FieldErrors } from './field-errors';

const intlTexts = defineTexts(
  {
    calendarLabel: 'Kalender',
    openCalendarLabel: 'Kalender openen',
    closeCalendarLabel: 'Kalender sluiten',
    prevMonthLabel: 'Vorige maand',
    nextMonthLabel: 'Volgende maand',
    prevYearLabel: 'Vorig jaar',
    nextYearLabel: 'Volgend jaar',
    prevMultiYearLabel: 'Vorige 24 jaar',
    nextMultiYearLabel: 'Volgende 24 jaar',
    switchToMonthViewLabel: 'Kies een datum',
    switchToMultiYearViewLabel: 'Kies maand en jaar',
    startDateLabel: 'Begindatum',
    endDateLabel: 'Einddatum',
    comparisonDateLabel: 'Vergelijkingsperiode',
    yearRangeLabel: (start: string, end: string) => `${start} tot en met ${end}`,
  },
  {
    calendarLabel: 'Calendar',
    openCalendarLabel: 'Open calendar',
    closeCalendarLabel: 'Close calendar',
    prevMonthLabel: 'Previous month',
    nextMonthLabel: 'Next month',
    prevYearLabel: 'Previous year',
    nextYearLabel: 'Next year',
    prevMultiYearLabel: 'Previous 24 years',
    nextMultiYearLabel: 'Next 24 years',
    switchToMonthViewLabel: 'Choose date',
    switchToMultiYearViewLabel: 'Choose month and year',
    startDateLabel: 'Start date',
    endDateLabel: 'End date',
    comparisonDateLabel: 'Comparison range',
    yearRangeLabel: (start: string, end: string) => `${start} to ${end}`,
  },
);

/**
 * The calendar's own words (buttons, headings) in the interface language. Provided by the date
 * field rather than app-wide, so the date picker loads only with the pages that use it.
 */
@Injectable()
export class LocalizedDatepickerIntl extends MatDatepickerIntl {
  constructor() {
    super();
    const locale = inject(LocaleService).locale;
    effect(() => {
      const { yearRangeLabel, ...labels } = intlTexts[locale()];
      Object.assign(this, labels);
      this.formatYearRangeLabel = yearRangeLabel;
      this.changes.next();
    });
  }
}

const texts = defineTexts(
  {
    dateHint: 'dd-mm-jjjj',
    timeHint: 'uu:mm',
    openCalendar: (label: string) => `Kalender openen: ${label}`,
    openTimes: (label: string) => `Tijden tonen: ${label}`,
  },
  {
    dateHint: 'dd-mm-yyyy',
    timeHint: 'hh:mm',
    openCalendar: (label: string) => `Open calendar: ${label}`,
    openTimes: (label: string) => `Show times: ${label}`,
  },
);

// The pickers' toggles are at least 44 px square for a finger (WCAG 2.5.5), not Material's 40.
const fieldStyles = `
  :host {
    display: block;
    width: 100%;
    --mat-icon-button-state-layer-size: 48px;
  }
  mat-form-field {
    width: 100%;
  }
`;

/**
 * A date field in Dutch notation: type 7-12-2026 or pick it from the calendar (by keyboard
 * too). The control holds the picker's value; `toIsoDate()` turns it into the API's date.
 */
@Component({
  selector: 'lr-date-field',
  imports: [
    FieldErrors,
    MatDatepickerModule,
    MatFormFieldModule,
    MatInputModule,
    ReactiveFormsModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [
    ...dutchDateProviders,
    { provide: MatDatepickerIntl, useClass: LocalizedDatepickerIntl },
  ],
  template: `
    <mat-form-field appearance="outline">
      <mat-label>{{ label() }}</mat-label>
      <input
        matInput
        [matDatepicker]="picker"
        [formControl]="control()"
        [min]="min()"
        autocomplete="off"
      />
      <mat-hint>{{ t().dateHint }}</mat-hint>
      <mat-datepicker-toggle
        matIconSuffix
        [for]="picker"
        [aria-label]="t().openCalendar(label())"
      />
      <mat-datepicker #picker />
      <mat-error><lr-field-errors [control]="control()" /></mat-error>
    </mat-form-field>
  `,
  styles: fieldStyles,
})
export class DateField {
  readonly control = input.required<FormControl<DateTime | null>>();
  readonly label = input.required<string>();
  /** The earliest date allowed (and offered in the calendar). */
  readonly min = input<DateTime | null>(null);
  protected readonly t = injectTexts(texts);

  constructor() {
    followInterfaceLanguage();
  }
}

/**
 * A time field on a 24-hour clock: type 15:00 (or 1500, 15.00) or pick a quarter from the
 * list. The control holds the picker's value; `toIsoTime()` turns it into the API's time.
 */
@Component({
  selector: 'lr-time-field',
  imports: [
    FieldErrors,
    MatFormFieldModule,
    MatInputModule,
    MatTimepickerModule,
    ReactiveFormsModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: dutchDateProviders,
  template: `
    <mat-form-field appearance="outline">
      <mat-label>{{ label() }}</mat-label>
      <input matInput [matTimepicker]="picker" [formControl]="control()" autocomplete="off" />
      <mat-hint>{{ t().timeHint }}</mat-hint>
      <mat-timepicker-toggle matIconSuffix [for]="picker" [aria-label]="t().openTimes(label())" />
      <mat-timepicker #picker interval="15m" />
      <mat-error><lr-field-errors [control]="control()" /></mat-error>
    </mat-form-field>
  `,
  styles: fieldStyles,
})
export class TimeField {
  readonly control = input.required<FormControl<DateTime | null>>();
  readonly label = input.required<string>();
  protected readonly t = injectTexts(texts);

  constructor() {
    followInterfaceLanguage();
  }
}
