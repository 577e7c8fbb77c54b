import { type Signal, computed, inject } from '@angular/core';
import type { Locale } from '@leerruimte/shared-contracts';
import { LocaleService } from './locale.service';

/** A text is a string, or a function for texts with values in them (counts, names). */
type Text = string | ((...args: never[]) => string);
export type TextCatalogue = { readonly [key: string]: Text | TextCatalogue };

/** Widens literal strings so the English catalogue must have the same shape, not the same words. */
export type Shape<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : T[K] extends Text ? T[K] : Shape<T[K]>;
};

export type Texts<T extends TextCatalogue> = Record<Locale, Shape<T>>;

/**
 * Declares a feature's texts: Dutch is the source, English must have exactly the same keys
 * (the compiler checks it).
 */
export function defineTexts<T extends TextCatalogue>(nl: T, en: Shape<T>): Texts<T> {
  // Dutch literals are a narrower form of the same shape.
  return { nl: nl as Shape<T>, en };
}

/**
 * The feature's texts in the current language, as a signal:
 * `protected readonly t = injectTexts(startTexts)` and in the template `{{ t().title }}`.
 */
export function injectTexts<T extends TextCatalogue>(texts: Texts<T>): Signal<Shape<T>> {
  const locale = inject(LocaleService).locale;
  return computed(() => texts[locale()]);
}
