import { Injectable, effect, inject, signal } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { type RouterStateSnapshot, TitleStrategy } from '@angular/router';
import type { LocalizedText } from '@leerruimte/shared-contracts';
import { LocaleService } from '@leerruimte/web-shared-i18n';

/**
 * Page titles in the interface language (WCAG 2.4.2): a route declares
 * `data: { title: { nl: '…', en: '…' } }`, and the title follows a language switch.
 */
@Injectable()
export class LocalizedTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly locale = inject(LocaleService).locale;
  private readonly pageTitle = signal<LocalizedText | undefined>(undefined);

  constructor() {
    super();
    effect(() => {
      const page = this.pageTitle()?.[this.locale()];
      this.title.setTitle(page ? `${page} · Leerruimte` : 'Leerruimte');
    });
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    let route = snapshot.root;
    while (route.firstChild) {
      route = route.firstChild;
    }
    this.pageTitle.set(route.data['title'] as LocalizedText | undefined);
  }
}
