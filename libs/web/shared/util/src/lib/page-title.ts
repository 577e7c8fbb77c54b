import { Injectable, signal } from '@angular/core';

/**
 * What a page is about, for the browser title (WCAG 2.4.2): a module or lesson page sets its
 * own name once loaded; the title strategy puts it in front and clears it on every navigation.
 */
@Injectable({ providedIn: 'root' })
export class PageTitle {
  readonly subject = signal<string | null>(null);
}
