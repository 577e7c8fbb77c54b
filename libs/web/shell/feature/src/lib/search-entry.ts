import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { searchQueryMaxLength } from '@leerruimte/shared-contracts';
import { defineTexts, injectTexts } from '@leerruimte/web-shared-i18n';
import { appPaths, link } from '@leerruimte/web-shared-util';

/** The shell's main content (app-shell.html), which the skip link leads to as well. */
const MAIN_CONTENT = 'inhoud';

const texts = defineTexts(
  { label: 'Zoeken in Leerruimte', placeholder: 'Zoeken', search: 'Zoeken' },
  { label: 'Search Leerruimte', placeholder: 'Search', search: 'Search' },
);

/**
 * The way to the search in the header: a small field on a laptop that opens the search page
 * with its words, a search icon linking to the page on a phone. Plain HTML and one limit from
 * the contracts: the first page loads no form or validation library for it.
 */
@Component({
  selector: 'lr-search-entry',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (compact()) {
      <a class="icon-link" [routerLink]="searchLink" [attr.aria-label]="t().search">
        <svg viewBox="0 0 24 24" aria-hidden="true">
          <circle cx="10.5" cy="10.5" r="6.5" />
          <path d="M15.5 15.5L21 21" />
        </svg>
      </a>
    } @else {
      <form class="field" role="search" [attr.aria-label]="t().label" (submit)="search($event, q)">
        <input
          #q
          type="search"
          name="q"
          autocomplete="off"
          [attr.aria-label]="t().label"
          [placeholder]="t().placeholder"
          [maxLength]="maxLength"
        />
        <button type="submit" [attr.aria-label]="t().search">
          <svg viewBox="0 0 24 24" aria-hidden="true">
            <circle cx="10.5" cy="10.5" r="6.5" />
            <path d="M15.5 15.5L21 21" />
          </svg>
        </button>
      </form>
    }
  `,
  styleUrl: './search-entry.scss',
})
export class SearchEntry {
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  /** Phone or small tablet, as the shell decides. */
  readonly compact = input.required<boolean>();
  protected readonly t = injectTexts(texts);
  protected readonly searchLink = link(appPaths.search);
  protected readonly maxLength = searchQueryMaxLength;

  /**
   * To the search page with the words; the field empties, as the page has its own. The focus
   * moves to the page's content, so the next Tab reaches its field and then the results.
   */
  protected async search(event: Event, field: HTMLInputElement): Promise<void> {
    event.preventDefault();
    const q = field.value.trim();
    field.value = '';
    if (await this.router.navigate([this.searchLink], { queryParams: q ? { q } : {} })) {
      this.document.getElementById(MAIN_CONTENT)?.focus({ preventScroll: true });
    }
  }
}
