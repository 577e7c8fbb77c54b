import {
  ChangeDetectorRef,
  DestroyRef,
  Directive,
  ElementRef,
  Injector,
  type OnInit,
  afterNextRender,
  inject,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormGroupDirective, FormResetEvent } from '@angular/forms';
import { filter } from 'rxjs';
import { registerForm } from './form-registry';

const FOCUSABLE = 'input, textarea, select, button, [tabindex]:not([tabindex="-1"])';

/**
 * What every reactive form does around a submit. Import it beside `ReactiveFormsModule`; it
 * applies to each `<form [formGroup]>` in the template.
 * - A reset (`form.reset(...)`, e.g. after a successful save) also forgets that the form was
 *   submitted, so the emptied fields do not turn red.
 * - `formAction()` asks it to bring the first invalid field into view and focus it, so the
 *   person sees (and a screen reader reads) what to fix, however long the page.
 */
@Directive({
  // Every reactive form in a template that imports it, with no attribute to forget.
  // eslint-disable-next-line @angular-eslint/directive-selector
  selector: 'form[formGroup]',
})
export class FormBehaviour implements OnInit {
  private readonly directive = inject(FormGroupDirective);
  private readonly element = inject<ElementRef<HTMLFormElement>>(ElementRef).nativeElement;
  private readonly changeDetector = inject(ChangeDetectorRef);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);

  ngOnInit(): void {
    const form = this.directive.form;
    this.destroyRef.onDestroy(
      registerForm(form, { revealFirstInvalid: () => this.revealFirstInvalid() }),
    );
    form.events
      .pipe(
        filter((event) => event instanceof FormResetEvent && event.source === form),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe(() => {
        // resetForm() is the public way to clear "submitted"; it resets to the same values,
        // silently, as the reset that brought us here already told everyone.
        if (this.directive.submitted) {
          this.directive.resetForm(form.getRawValue(), { emitEvent: false });
        }
      });
  }

  /** After the next render (server errors must reach the fields first), shows the first wrong field. */
  revealFirstInvalid(): void {
    this.changeDetector.markForCheck();
    afterNextRender(
      () => {
        const field = Array.from(this.element.querySelectorAll<HTMLElement>('.ng-invalid')).find(
          // A field, not a group of fields around it.
          (element) => !element.querySelector('.ng-invalid'),
        );
        if (!field) return;
        const target = field.matches(FOCUSABLE)
          ? field
          : (field.querySelector<HTMLElement>(FOCUSABLE) ?? field);
        (field.closest('mat-form-field') ?? field).scrollIntoView({ block: 'center' });
        target.focus({ preventScroll: true });
      },
      { injector: this.injector },
    );
  }
}
