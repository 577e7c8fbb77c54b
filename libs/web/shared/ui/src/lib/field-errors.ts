import {
  ChangeDetectionStrategy,
  Component,
  type Signal,
  computed,
  inject,
  input,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { map, startWith, switchMap } from 'rxjs';
import type { z } from 'zod';
import { describeIssues } from '@leerruimte/shared-contracts';
import type { DateTime } from 'luxon';
import {
  LocaleService,
  defineTexts,
  formatDateTime,
  injectTexts,
} from '@leerruimte/web-shared-i18n';

const texts = defineTexts(
  {
    required: 'Dit veld is verplicht.',
    date: 'Vul een datum in als dd-mm-jjjj, bijvoorbeeld 07-12-2026, of kies er een.',
    time: 'Vul een tijd in als uu:mm, bijvoorbeeld 15:00, of kies er een.',
    notBefore: (date: string) => `Kies ${date} of later.`,
    tooLong: (max: number, length: number) =>
      `Dit is ${length} tekens; het mogen er hoogstens ${max} zijn.`,
  },
  {
    required: 'This field is required.',
    date: 'Enter a date as dd-mm-yyyy, for example 07-12-2026, or pick one.',
    time: 'Enter a time as hh:mm, for example 15:00, or pick one.',
    notBefore: (date: string) => `Choose ${date} or later.`,
    tooLong: (max: number, length: number) =>
      `This is ${length} characters; at most ${max} are allowed.`,
  },
);

interface ZodError {
  issues: readonly z.core.$ZodIssue[];
  input: unknown;
}

/**
 * Validates a form control against a schema from the shared contracts, so the form checks the
 * same rules, with the same words, as the API. Pair it with `<lr-field-errors>`.
 */
export function zodValidator(schema: z.ZodType): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const result = schema.safeParse(control.value);
    return result.success
      ? null
      : { zod: { issues: result.error.issues, input: control.value } satisfies ZodError };
  };
}

/**
 * A text that must be filled in (spaces alone do not count) and at most `maxLength` long: the
 * rule of a free-text field in the shared contracts, checked without loading their schemas.
 */
export function filledIn(maxLength: number): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const value = typeof control.value === 'string' ? control.value : '';
    if (value.trim().length === 0) return { required: true };
    return value.length > maxLength
      ? { maxlength: { requiredLength: maxLength, actualLength: value.length } }
      : null;
  };
}

/**
 * Whether a native field (no Material form field around it) is shown in error, for its
 * `aria-invalid`: once touched, or after a submit touched every field, as Material's fields do.
 * Call in an injection context.
 */
export function invalidOnceTouched(control: AbstractControl): Signal<boolean> {
  const shown = () => control.touched && control.invalid;
  return toSignal(control.events.pipe(map(shown)), { initialValue: shown() });
}

/**
 * The error of one form field, in the interface language, once the user has touched it: an
 * error from the server first, then a date or time that could not be read, then "required",
 * then an earliest date, then the shared-contract rules. Put it inside `<mat-error>`, or a
 * native field's `.lr-native-error`.
 */
@Component({
  selector: 'lr-field-errors',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `{{ message() }}`,
})
export class FieldErrors {
  readonly control = input.required<AbstractControl>();
  private readonly locale = inject(LocaleService).locale;
  private readonly t = injectTexts(texts);

  private readonly errors = toSignal(
    toObservable(this.control).pipe(
      switchMap((control) =>
        control.events.pipe(
          startWith(null),
          map(() => (control.touched ? control.errors : null)),
        ),
      ),
    ),
  );

  protected readonly message = computed(() => {
    const errors = this.errors();
    if (!errors) {
      return '';
    }
    if (typeof errors['server'] === 'string') {
      return errors['server'];
    }
    // Typed text the picker could not read leaves the value empty: say how to write it.
    if (errors['matDatepickerParse']) {
      return this.t().date;
    }
    if (errors['matTimepickerParse']) {
      return this.t().time;
    }
    // An empty required field says "required", not what a value should look like.
    if (errors['required']) {
      return this.t().required;
    }
    const min = errors['matDatepickerMin'] as { min: DateTime } | undefined;
    if (min) {
      return this.t().notBefore(formatDateTime(min.min.toISODate() ?? '', this.locale()));
    }
    const tooLong = errors['maxlength'] as
      { requiredLength: number; actualLength: number } | undefined;
    if (tooLong) {
      return this.t().tooLong(tooLong.requiredLength, tooLong.actualLength);
    }
    const zod = errors['zod'] as ZodError | undefined;
    return zod ? (describeIssues(zod.issues, zod.input, this.locale())[0]?.message ?? '') : '';
  });
}
