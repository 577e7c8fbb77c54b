import {
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  afterNextRender,
  computed,
  inject,
  input,
  linkedSignal,
  viewChild,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import {
  type SearchKind,
  searchKinds,
  searchQueryMaxLength,
  searchQueryMinLength,
} from '@leerruimte/shared-contracts';
import { injectTexts } from '@leerruimte/web-shared-i18n';
import { LoadState } from '@leerruimte/web-shared-ui';
import { SearchApi } from '@leerruimte/web-search-data-access';
import { MarkedText } from './marked-text';
import { searchTexts } from './search.texts';

const SEARCH_DELAY_MS = 300;

/**
 * Zoeken: one search over what the person may see, best match first. The words and the kind
 * are in the address (`?q=netwerk&kind=lesson`), so a search can be shared, reloaded and gone
 * back to; typing searches once it pauses.
 */
@Component({
  selector: 'lr-search-page',
  imports: [LoadState, MarkedText, MatFormFieldModule, MatInputModule, MatSelectModule, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './search-page.html',
  styleUrl: './search-page.scss',
})
export class SearchPage {
  private readonly api = inject(SearchApi);
  private readonly router = inject(Router);
  protected readonly t = injectTexts(searchTexts);
  protected readonly kinds = searchKinds;
  protected readonly minLength = searchQueryMinLength;
  protected readonly maxLength = searchQueryMaxLength;

  /** From the address. */
  readonly q = input<string>();
  readonly kind = input<string>();

  /** What is in the field: what the address says, until the person types. */
  protected readonly typed = linkedSignal(() => this.q() ?? '');
  protected readonly query = computed(() => (this.q() ?? '').trim());
  protected readonly kindFilter = computed(() => {
    const kind = this.kind();
    return searchKinds.find((known) => known === kind);
  });
  protected readonly tooShort = computed(() => this.query().length < searchQueryMinLength);

  protected readonly results = rxResource({
    params: () => (this.tooShort() ? undefined : { q: this.query(), kind: this.kindFilter() }),
    stream: ({ params }) => this.api.search(params.q, params.kind),
  });

  private readonly field = viewChild.required<ElementRef<HTMLInputElement>>('field');
  private searchTimer?: ReturnType<typeof setTimeout>;

  constructor() {
    // Straight into the field when there is nothing to show yet (from the header's search icon).
    afterNextRender(() => {
      if (!this.query()) this.field().nativeElement.focus();
    });
  }

  /** Searches once typing pauses, not on every key; the address follows without new history. */
  protected type(text: string): void {
    this.typed.set(text);
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.show(text, this.kindFilter(), true), SEARCH_DELAY_MS);
  }

  protected submit(event: Event): void {
    event.preventDefault();
    clearTimeout(this.searchTimer);
    this.show(this.typed(), this.kindFilter(), false);
  }

  protected chooseKind(kind: SearchKind | undefined): void {
    clearTimeout(this.searchTimer);
    this.show(this.typed(), kind, false);
  }

  private show(q: string, kind: SearchKind | undefined, replaceUrl: boolean): void {
    void this.router.navigate([], {
      queryParams: { q: q || null, kind: kind ?? null },
      replaceUrl,
    });
  }
}
