import { FormControl, type ValidatorFn } from '@angular/forms';
import { DateTime } from 'luxon';

/**
 * The one place where the date and time pickers' values meet the API, which takes calendar
 * dates as 'yyyy-MM-dd' and clock times as 'HH:mm'. Forms hold the pickers' values
 * (`dateControl()`, `timeControl()`) and convert when they send or fill in.
 */

/** A picked date as 'yyyy-MM-dd', or undefined when none (or no valid one) was picked. */
export function toIsoDate(value: DateTime | null | undefined): string | undefined {
  return value?.isValid ? (value.toISODate() ?? undefined) : undefined;
}

/** A picked time as 'HH:mm', or undefined when none (or no valid one) was picked. */
export function toIsoTime(value: DateTime | null | undefined): string | undefined {
  return value?.isValid ? value.toFormat('HH:mm') : undefined;
}

/** A date from the API ('yyyy-MM-dd') as the date picker's value. */
export function fromIsoDate(value: string | null | undefined): DateTime | null {
  const date = value ? DateTime.fromISO(value) : null;
  return date?.isValid ? date : null;
}

/** A time from the API ('HH:mm') as the time picker's value (on today's date). */
export function fromIsoTime(value: string | null | undefined): DateTime | null {
  const time = value ? DateTime.fromFormat(value, 'HH:mm') : null;
  return time?.isValid ? time : null;
}

/** Today where the teams work, as 'yyyy-MM-dd'. */
export function isoToday(): string {
  return DateTime.now().setZone('Europe/Amsterdam').toISODate() as string;
}

/** A date picker's form control, filled in with an API date (or empty). */
export function dateControl(
  value?: string | null,
  validators: ValidatorFn[] = [],
): FormControl<DateTime | null> {
  return new FormControl<DateTime | null>(fromIsoDate(value), { validators });
}

/** A time picker's form control, filled in with an API time (or empty). */
export function timeControl(
  value?: string | null,
  validators: ValidatorFn[] = [],
): FormControl<DateTime | null> {
  return new FormControl<DateTime | null>(fromIsoTime(value), { validators });
}
