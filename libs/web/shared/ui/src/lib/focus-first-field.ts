import { ElementRef, afterNextRender, inject } from '@angular/core';

/**
 * Puts the focus in a component's first field once it has rendered, when `wanted()` says so:
 * for a form that opens in place of the button someone pressed (which is gone) or from a link.
 */
export function focusFirstFieldOnOpen(wanted: () => boolean): void {
  const host: HTMLElement = inject(ElementRef).nativeElement;
  afterNextRender(() => {
    if (wanted()) host.querySelector<HTMLElement>('textarea, input, select')?.focus();
  });
}
