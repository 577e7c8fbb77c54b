import type { AbstractControl, FormGroup } from '@angular/forms';
import type { ErrorBody } from '@leerruimte/shared-contracts';

/**
 * Puts the server's field errors on the matching form controls (as `{ server: message }`), so
 * they show under the field like any other validation error. Returns the messages of fields
 * the form does not have, to show above the form.
 */
export function applyServerErrors(form: FormGroup, body: ErrorBody, fieldPrefix = ''): string[] {
  const unplaced: string[] = [];
  for (const fieldError of body.fields ?? []) {
    const control: AbstractControl | null = fieldError.field.startsWith(fieldPrefix)
      ? form.get(fieldError.field.slice(fieldPrefix.length))
      : null;
    if (control) {
      control.setErrors({ ...control.errors, server: fieldError.message });
      control.markAsTouched();
    } else {
      unplaced.push(fieldError.message);
    }
  }
  return unplaced;
}
