import type { Locale } from '@leerruimte/shared-contracts';

/** The words for a count: `#` stands for the number. `zero` is optional ("nog geen …"). */
export interface PluralForms {
  zero?: string;
  one: string;
  other: string;
}

const rules = new Map<Locale, Intl.PluralRules>();
const numbers = new Map<Locale, Intl.NumberFormat>();

function cached<T>(cache: Map<Locale, T>, locale: Locale, make: () => T): T {
  let value = cache.get(locale);
  if (!value) {
    value = make();
    cache.set(locale, value);
  }
  return value;
}

/**
 * A count in words, with the form the language's plural rules pick:
 * `plural('nl', 1, { one: '# experiment', other: '# experimenten' })` is "1 experiment".
 */
export function plural(locale: Locale, count: number, forms: PluralForms): string {
  const form =
    count === 0 && forms.zero !== undefined
      ? forms.zero
      : cached(rules, locale, () => new Intl.PluralRules(locale)).select(count) === 'one'
        ? forms.one
        : forms.other;
  const number = cached(numbers, locale, () => new Intl.NumberFormat(locale)).format(count);
  return form.replaceAll('#', number);
}
