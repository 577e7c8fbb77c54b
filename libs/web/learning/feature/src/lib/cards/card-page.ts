import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { LearningApi, cardPdfUrl } from '@leerruimte/web-learning-data-access';
import { injectTexts } from '@leerruimte/web-shared-i18n';
import { Breadcrumb, LoadState, Notice } from '@leerruimte/web-shared-ui';
import { PageTitle, appPaths, link } from '@leerruimte/web-shared-util';
import { CardView } from './card-view';
import { cardsTexts } from './cards.texts';

/** One card, with a printable PDF and a link to share (it opens without an account). */
@Component({
  selector: 'lr-card-page',
  imports: [Breadcrumb, CardView, LoadState, Notice],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <lr-breadcrumb
      [trail]="[{ label: t().back, link: cardsLink }]"
      [current]="card.hasValue() ? card.value().title : undefined"
    />
    @if (card.hasValue()) {
      <section class="panel" aria-labelledby="card-title">
        <h1 id="card-title">{{ card.value().title }}</h1>
        <lr-card-view [card]="card.value()" />
        <p class="actions">
          <a class="lr-button lr-button-filled" [href]="pdfUrl()" target="_blank" rel="noopener">{{
            t().print
          }}</a>
          <button class="lr-button lr-button-outlined" type="button" (click)="share()">
            {{ t().share }}
          </button>
        </p>
        <div aria-live="polite">
          @if (shared(); as message) {
            <lr-notice tone="success">{{ message }}</lr-notice>
          }
        </div>
      </section>
    }
    <lr-load-state [resource]="card" [back]="{ link: cardsLink, label: t().back }" />
  `,
  styleUrl: '../learning-pages.scss',
})
export class CardPage {
  private readonly api = inject(LearningApi);
  private readonly document = inject(DOCUMENT);
  private readonly pageTitle = inject(PageTitle);
  protected readonly t = injectTexts(cardsTexts);
  protected readonly cardsLink = link(appPaths.cards);

  readonly cardSlug = input.required<string>();

  protected readonly card = rxResource({
    params: () => this.cardSlug(),
    stream: ({ params }) => this.api.card(params),
  });
  /** The browser title names the card once it is loaded. */
  private readonly titled = effect(() => {
    if (this.card.hasValue()) this.pageTitle.subject.set(this.card.value().title);
  });
  protected readonly shared = signal<string | null>(null);

  protected pdfUrl(): string {
    return cardPdfUrl(this.cardSlug());
  }

  /** The phone's share sheet where there is one, otherwise the clipboard. */
  protected async share(): Promise<void> {
    const url = this.document.location.href;
    const navigator = this.document.defaultView?.navigator;
    if (navigator?.share) {
      await navigator.share({ title: this.card.value()?.title, url }).catch(() => undefined);
      return;
    }
    try {
      await navigator?.clipboard.writeText(url);
      this.shared.set(this.t().copied);
    } catch {
      this.shared.set(this.t().copyFailed(url));
    }
  }
}
