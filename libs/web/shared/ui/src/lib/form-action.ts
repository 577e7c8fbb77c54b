import { signal } from '@angular/core';
import type { FormGroup } from '@angular/forms';
import type { ErrorBody } from '@leerruimte/shared-contracts';
import { defineTexts, injectTexts } from '@leerruimte/web-shared-i18n';
import { toErrorBody } from '@leerruimte/web-shared-util';
import { forgetDraftOf, revealFirstInvalid } from './form-registry';
import { applyServerErrors } from './server-errors';

const texts = defineTexts(
  {
    offline: 'De server is niet bereikbaar. Controleer je verbinding en probeer het opnieuw.',
    unexpected: (code: string) =>
      `Dat lukte niet door een fout aan onze kant. Probeer het opnieuw; noem code ${code} als het blijft misgaan.`,
  },
  {
    offline: 'The server cannot be reached. Check your connection and try again.',
    unexpected: (code: string) =>
      `That failed because of an error on our side. Try again; quote code ${code} if it keeps failing.`,
  },
);

export interface FormActionRun {
  /** Checked first: when it is invalid, nothing is sent and its fields show why. */
  form?: FormGroup;
  /** Called with the error body before it is shown, e.g. to go back a step. */
  onError?: (body: ErrorBody) => void;
  /** The request holds the form's fields under this prefix (e.g. "training."). */
  fieldPrefix?: string;
}

/**
 * What every form does with a request: checks the fields first, shows it is busy, puts the
 * server's field errors under the fields and the rest in `problem()` (show it with
 * `<lr-form-problem>`). When a field is wrong, before sending or after, the first one is
 * brought into view and focused (with `FormBehaviour` on the form). Create it in a field
 * initializer (it reads the interface language).
 */
export function formAction() {
  const t = injectTexts(texts);
  const busy = signal(false);
  const problem = signal<string | null>(null);

  /** The action's result, or undefined when the form was invalid or the request failed. */
  async function run<T>(action: () => Promise<T>, options: FormActionRun = {}) {
    const { form } = options;
    form?.markAllAsTouched();
    if (form?.invalid) {
      revealFirstInvalid(form);
      return undefined;
    }
    if (busy()) return undefined;
    busy.set(true);
    problem.set(null);
    try {
      const result = await action();
      if (form) forgetDraftOf(form);
      return result;
    } catch (error) {
      const body = toErrorBody(error);
      options.onError?.(body);
      const unplaced = form ? applyServerErrors(form, body, options.fieldPrefix) : [];
      if (form && (body.fields?.length ?? 0) > unplaced.length) revealFirstInvalid(form);
      if (body.code === 'offline') {
        problem.set(t().offline);
      } else if (!body.message) {
        problem.set(t().unexpected(body.correlationId || body.code));
      } else if (!form || !body.fields?.length || unplaced.length > 0) {
        problem.set(unplaced.length > 0 ? unplaced.join(' ') : body.message);
      }
      return undefined;
    } finally {
      busy.set(false);
    }
  }

  return {
    busy: busy.asReadonly(),
    problem: problem.asReadonly(),
    run,
    clearProblem: () => problem.set(null),
  };
}

export type FormAction = ReturnType<typeof formAction>;
