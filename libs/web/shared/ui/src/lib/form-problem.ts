import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  effect,
  inject,
  input,
} from '@angular/core';
import type { FormAction } from './form-action';
import { Notice } from './notice';

/**
 * What went wrong with a form's request that belongs to no field. It is announced (the notice
 * is an alert) and scrolled into view, since the button that caused it may be far away.
 */
@Component({
  selector: 'lr-form-problem',
  imports: [Notice],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (action().problem(); as problem) {
      <lr-notice tone="danger">{{ problem }}</lr-notice>
    }
  `,
  styles: `
    :host {
      display: block;
    }
  `,
})
export class FormProblem {
  readonly action = input.required<FormAction>();
  private readonly element = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly injector = inject(Injector);

  constructor() {
    effect(() => {
      if (!this.action().problem()) return;
      afterNextRender(() => this.element.scrollIntoView({ block: 'nearest' }), {
        injector: this.injector,
      });
    });
  }
}
