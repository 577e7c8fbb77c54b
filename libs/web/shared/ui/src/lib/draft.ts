import { DestroyRef, Directive, type OnInit, inject, input } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormGroupDirective } from '@angular/forms';
import { readDraft, writeDraft } from '@leerruimte/web-shared-util';
import { registerForm } from './form-registry';

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
    this.destroyRef.onDestroy(registerForm(form, { draftKey: key }));
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
