import { Injectable, effect, inject, signal } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { type RouterStateSnapshot, TitleStrategy } from '@angular/router';
import type { LocalizedText } from '@leerruimte/shared-contracts';
import { LocaleService } from '@leerruimte/web-shared-i18n';
import { PageTitle } from '@leerruimte/web-shared-util';

/**
 * Page titles in the interface language (WCAG 2.4.2): a route declares
 * `data: { title: { nl: '…', en: '…' } }`, and the title follows a language switch. A page
 * can put its subject in front through PageTitle ("Bewust leren · Module · Leerruimte").
 */
@Injectable()
export class LocalizedTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly locale = inject(LocaleService).locale;
  private readonly pageTitle = signal<LocalizedText | undefined>(undefined);
  private readonly subject = inject(PageTitle).subject;

  constructor() {
    super();
    effect(() => {
      const parts = [this.subject(), this.pageTitle()?.[this.locale()], 'Leerruimte'];
      this.title.setTitle(parts.filter((part) => part).join(' · '));
    });
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    let route = snapshot.root;
    while (route.firstChild) {
      route = route.firstChild;
    }
    this.pageTitle.set(route.data['title'] as LocalizedText | undefined);
    this.subject.set(null);
  }
}
