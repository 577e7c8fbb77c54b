import type { FormGroup } from '@angular/forms';
import { forgetDraft } from '@leerruimte/web-shared-util';

/**
 * What the directives on a `<form>` (`FormBehaviour`, `Draft`) register for `formAction()`. It
 * lives apart from them because they need Angular forms at run time: a page that only runs
 * actions (a button, no form) then does not download Angular forms.
 */
export interface RegisteredForm {
  revealFirstInvalid?: () => void;
  draftKey?: string;
}

const registered = new WeakMap<FormGroup, RegisteredForm>();

export function registerForm(form: FormGroup, part: RegisteredForm): () => void {
  registered.set(form, { ...registered.get(form), ...part });
  return () => {
    const rest = { ...registered.get(form) };
    for (const key of Object.keys(part) as (keyof RegisteredForm)[]) delete rest[key];
    registered.set(form, rest);
  };
}

/** Shows the first invalid field of a form that has a `FormBehaviour`; others are left as they are. */
export function revealFirstInvalid(form: FormGroup): void {
  registered.get(form)?.revealFirstInvalid?.();
}

/** The form was saved: its draft (kept by `Draft`) is no longer needed. */
export function forgetDraftOf(form: FormGroup): void {
  const key = registered.get(form)?.draftKey;
  if (key) forgetDraft(key);
}
