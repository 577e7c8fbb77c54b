import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { type PracticeTheme, practiceThemes } from '@leerruimte/shared-contracts';
import { SessionStore } from '@leerruimte/web-identity-data-access';
import { LearningApi } from '@leerruimte/web-learning-data-access';
import { injectTexts } from '@leerruimte/web-shared-i18n';
import { LoadState } from '@leerruimte/web-shared-ui';
import { appPaths, link } from '@leerruimte/web-shared-util';
import { learningTexts } from '../learning.texts';
import { CardView } from './card-view';
import { cardsTexts } from './cards.texts';
import { TeamCardsSection } from './team-cards-section';

/** The card library, filterable by theme; each card opens on its own page to print or share. */
@Component({
  selector: 'lr-cards-page',
  imports: [CardView, LoadState, MatFormFieldModule, MatSelectModule, RouterLink, TeamCardsSection],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="panel" aria-labelledby="cards-title">
      <h1 id="cards-title">{{ t().title }}</h1>
      <p>{{ t().intro }}</p>
      <mat-form-field appearance="outline">
        <mat-label>{{ t().theme }}</mat-label>
        <mat-select [value]="theme()" (valueChange)="theme.set($event)">
          <mat-option [value]="undefined">{{ t().allThemes }}</mat-option>
          @for (option of themes; track option) {
            <mat-option [value]="option">{{ learningT().practiceThemes[option] }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
    </section>
    @if (cards.hasValue()) {
      <ul class="module-list">
        @for (card of shown(); track card.slug) {
          <li class="card-item">
            <lr-card-view [card]="card" />
            <a [routerLink]="cardLink(card.slug)">{{ t().open(card.title) }}</a>
          </li>
        }
      </ul>
    }
    <lr-load-state [resource]="cards" />
    @if (session.loggedIn()) {
      <lr-team-cards-section />
    }
  `,
  styleUrl: '../learning-pages.scss',
})
export class CardsPage {
  private readonly api = inject(LearningApi);
  protected readonly session = inject(SessionStore);
  protected readonly t = injectTexts(cardsTexts);
  protected readonly learningT = injectTexts(learningTexts);
  protected readonly themes = practiceThemes;
  protected readonly theme = signal<PracticeTheme | undefined>(undefined);
  protected readonly cards = rxResource({ stream: () => this.api.cards() });
  protected readonly shown = computed(() => {
    const cards = this.cards.hasValue() ? this.cards.value() : [];
    const theme = this.theme();
    return theme ? cards.filter((card) => card.theme === theme) : cards;
  });

  protected cardLink(slug: string): string {
    return link(appPaths.card, { cardSlug: slug });
  }
}
