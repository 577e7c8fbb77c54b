import { DOCUMENT } from '@angular/common';
import { Injectable, effect, inject, signal } from '@angular/core';
import { type Locale, defaultLocale, isLocale } from '@leerruimte/shared-contracts';

const STORAGE_KEY = 'leerruimte.locale';

/**
 * The interface language. Dutch first (PRODUCT.md); a choice is remembered on this device, and
 * a signed-in person's preference (their account's language) sets it when they log in.
 */
@Injectable({ providedIn: 'root' })
export class LocaleService {
  private readonly document = inject(DOCUMENT);
  private readonly current = signal<Locale>(this.stored() ?? defaultLocale);

  readonly locale = this.current.asReadonly();

  constructor() {
    // Screen readers pick their voice from <html lang> (WCAG 3.1.1).
    effect(() => {
      this.document.documentElement.lang = this.current();
    });
  }

  use(locale: Locale): void {
    this.current.set(locale);
    try {
      this.document.defaultView?.localStorage.setItem(STORAGE_KEY, locale);
    } catch {
      // Storage can be blocked (private mode); the choice then lasts for this visit only.
    }
  }

  private stored(): Locale | undefined {
    try {
      const value = this.document.defaultView?.localStorage.getItem(STORAGE_KEY);
      return isLocale(value) ? value : undefined;
    } catch {
      return undefined;
    }
  }
}
