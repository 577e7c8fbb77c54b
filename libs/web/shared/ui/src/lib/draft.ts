import { DestroyRef, Directive, type OnInit, inject, input } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { type FormGroup, FormGroupDirective } from '@angular/forms';
import { forgetDraft, readDraft, writeDraft } from '@leerruimte/web-shared-util';

const keys = new WeakMap<FormGroup, string>();

/**
 * Keeps what is typed in a form as a draft (`<form [formGroup]="form" lrDraft="prompt:42">`):
 * restored when the form comes back (after logging in again, a reload), forgotten once
 * `formAction()` saved it. Only a form someone changed is kept.
 */
@Directive({ selector: 'form[formGroup][lrDraft]' })
export class Draft implements OnInit {
  readonly lrDraft = input.required<string>();
  private readonly directive = inject(FormGroupDirective);
  private readonly destroyRef = inject(DestroyRef);

  ngOnInit(): void {
    const form = this.directive.form;
    const key = this.lrDraft();
    keys.set(form, key);
    this.destroyRef.onDestroy(() => keys.delete(form));
    const draft = readDraft<Record<string, unknown>>(key);
    if (draft) {
      form.patchValue(draft);
      form.markAsDirty();
    }
    form.valueChanges.pipe(takeUntilDestroyed(this.destroyRef)).subscribe(() => {
      if (form.dirty) writeDraft(key, form.getRawValue());
    });
  }
}

/** The form was saved: its draft is no longer needed. */
export function forgetDraftOf(form: FormGroup): void {
  const key = keys.get(form);
  if (key) forgetDraft(key);
}
