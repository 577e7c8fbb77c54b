import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { Card } from '@leerruimte/shared-contracts';
import { injectTexts } from '@leerruimte/web-shared-i18n';
import { learningTexts } from '../learning.texts';

/** A think-and-do card, as it would look printed: the question first, then what to do. */
@Component({
  selector: 'lr-card-view',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <figure class="block card" [attr.aria-label]="t().card + ': ' + card().title">
      <p class="block-kind" aria-hidden="true">
        {{ t().card }} · {{ t().practiceThemes[card().theme] }}
      </p>
      <p class="card-title">{{ card().title }}</p>
      <blockquote class="card-question">{{ card().question }}</blockquote>
      @if (card().task; as task) {
        <p>{{ task }}</p>
      }
      <figcaption class="muted">{{ t().cardMoments }}: {{ card().moments.join('; ') }}</figcaption>
    </figure>
  `,
  styleUrl: '../lesson/blocks.scss',
})
export class CardView {
  protected readonly t = injectTexts(learningTexts);
  readonly card = input.required<Card>();
}
