import type { Locator, Page } from '@playwright/test';

/** Zoeken, and the ways to it in the header: a field on a laptop, an icon on a phone. */
export class SearchPage {
  readonly headerField: Locator;
  readonly headerIcon: Locator;
  readonly field: Locator;
  readonly kind: Locator;
  readonly results: Locator;
  readonly count: Locator;
  readonly nothingFound: Locator;

  constructor(private readonly page: Page) {
    const header = page.getByRole('banner');
    this.headerField = header.getByRole('searchbox', { name: 'Zoeken in Leerruimte' });
    this.headerIcon = header.getByRole('link', { name: 'Zoeken', exact: true });
    this.field = page.locator('main').getByRole('searchbox', { name: 'Zoek in Leerruimte' });
    this.kind = page.locator('main').getByRole('combobox', { name: 'Soort' });
    this.results = page.getByTestId('search-results').getByRole('listitem');
    this.count = page.getByTestId('result-count');
    this.nothingFound = page.getByTestId('nothing-found');
  }

  /** Searches from the header, with the keyboard: the field on a laptop, the icon on a phone. */
  async searchFromHeader(words: string): Promise<void> {
    if (await this.headerField.isVisible()) {
      await this.headerField.fill(words);
      await this.headerField.press('Enter');
    } else {
      await this.headerIcon.click();
      await this.field.fill(words);
      await this.field.press('Enter');
    }
  }

  /** The result of this kind (in words, as shown) whose title is `title`. */
  result(kind: string, title: string | RegExp): Locator {
    return this.results
      .filter({ has: this.page.locator('.kind', { hasText: kind }) })
      .filter({ has: this.page.getByRole('link', { name: title }) });
  }
}
