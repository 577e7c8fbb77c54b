import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { map, startWith, switchMap } from 'rxjs';
import type { z } from 'zod';
import { describeIssues } from '@leerruimte/shared-contracts';
import { LocaleService, defineTexts, injectTexts } from '@leerruimte/web-shared-i18n';

const texts = defineTexts(
  { required: 'Dit veld is verplicht.' },
  { required: 'This field is required.' },
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
 * The error of one form field, in the interface language, once the user has touched it: an
 * error from the server first, then "required", then the shared-contract rules. Put it inside
 * `<mat-error>`.
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
    // An empty required field says "required", not what a value should look like.
    if (errors['required']) {
      return this.t().required;
    }
    const zod = errors['zod'] as ZodError | undefined;
    return zod ? (describeIssues(zod.issues, zod.input, this.locale())[0]?.message ?? '') : '';
  });
}
