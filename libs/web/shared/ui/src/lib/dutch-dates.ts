import { Injectable, type Provider, effect, inject } from '@angular/core';
import { LuxonDateAdapter, MAT_LUXON_DATE_ADAPTER_OPTIONS } from '@angular/material-luxon-adapter';
import {
  DateAdapter,
  MAT_DATE_FORMATS,
  MAT_DATE_LOCALE,
  type MatDateFormats,
} from '@angular/material/core';
import { LocaleService, dateTimeFormats, localeTags } from '@leerruimte/web-shared-i18n';
import { DateTime } from 'luxon';

/**
 * What people may type: 7-12-2026, 07-12-2026, 7-12-26 (also with / or .), and times as
 * 15:00, 9.30, 930 or 15. Shown as dd-MM-yyyy and HH:mm.
 */
export const dutchDateFormats: MatDateFormats = {
  parse: {
    dateInput: ['d-M-yyyy', 'd-M-yy', 'd/M/yyyy', 'd.M.yyyy'],
    timeInput: ['H:mm', 'H.mm', 'Hmm', 'H'],
  },
  display: {
    dateInput: dateTimeFormats.date,
    timeInput: dateTimeFormats.time,
    monthYearLabel: 'LLL yyyy',
    dateA11yLabel: 'd MMMM yyyy',
    monthYearA11yLabel: 'LLLL yyyy',
    timeOptionLabel: dateTimeFormats.time,
  },
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

/**
 * Luxon's adapter reads any ISO 8601 text first, so "2026" became 1 January and "0930" the
 * year 930. Here the typed formats come first and only a full ISO date is read as ISO.
 */
@Injectable()
export class DutchDateAdapter extends LuxonDateAdapter {
  override parse(value: unknown, parseFormat: string | string[]): DateTime | null {
    if (typeof value !== 'string') return super.parse(value, parseFormat);
    const text = value.trim();
    if (!text) return null;
    for (const format of Array.isArray(parseFormat) ? parseFormat : [parseFormat]) {
      const parsed = DateTime.fromFormat(text, format, { locale: this.locale });
      if (parsed.isValid) return parsed;
    }
    const iso = ISO_DATE.test(text) ? DateTime.fromISO(text, { locale: this.locale }) : null;
    return iso?.isValid ? iso : this.invalid();
  }

  override parseTime(value: unknown, parseFormat: string | string[]): DateTime | null {
    return this.parse(value, parseFormat);
  }
}

/**
 * Angular Material's date and time pickers on Luxon, in Dutch notation (dd-MM-yyyy, 24-hour
 * HH:mm), weeks from Monday, month names following the interface language. Provided by the
 * date and time fields themselves, so Luxon and the pickers load only with the pages that have
 * one (not with the first page).
 */
export const dutchDateProviders: Provider[] = [
  { provide: DateAdapter, useClass: DutchDateAdapter },
  { provide: MAT_DATE_FORMATS, useValue: dutchDateFormats },
  { provide: MAT_DATE_LOCALE, useFactory: () => localeTags[inject(LocaleService).locale()] },
  { provide: MAT_LUXON_DATE_ADAPTER_OPTIONS, useValue: { useUtc: false, firstDayOfWeek: 1 } },
];

/** Keeps a field's date adapter in the interface language; call it in the field's constructor. */
export function followInterfaceLanguage(): void {
  const adapter = inject(DateAdapter);
  const locale = inject(LocaleService).locale;
  effect(() => adapter.setLocale(localeTags[locale()]));
}
