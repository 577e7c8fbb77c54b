import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { HighlightedText } from '@leerruimte/shared-contracts';

/** Text with the words the search matched in `<mark>`: built from plain pieces, never HTML. */
@Component({
  selector: 'lr-marked-text',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Each piece its own element: no white space of the template between them.
  template: `@for (piece of text(); track $index) {
    @if (piece.match) {
      <mark>{{ piece.text }}</mark>
    } @else {
      <span>{{ piece.text }}</span>
    }
  }`,
  styles: `
    mark {
      background: var(--lr-color-brand-soft);
      color: inherit;
      font-weight: 600;
      border-radius: 2px;
    }
  `,
})
export class MarkedText {
  readonly text = input.required<HighlightedText>();
}
