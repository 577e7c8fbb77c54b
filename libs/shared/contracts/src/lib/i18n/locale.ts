export const locales = ['nl', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'nl';

/** A text in every language the platform speaks; Dutch is the source. */
export type LocalizedText = Record<Locale, string>;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/**
 * Picks the first supported language from an Accept-Language header
 * ("en-GB,en;q=0.9,nl;q=0.8"), honouring q-values; Dutch when nothing matches.
 */
export function localeFromAcceptLanguage(header: string | undefined | null): Locale {
  if (!header) {
    return defaultLocale;
  }
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const qParam = params.find((param) => param.trim().startsWith('q='));
      const quality = qParam ? Number(qParam.trim().slice(2)) : 1;
      return { language: tag.trim().toLowerCase().split('-')[0], quality, index };
    })
    .filter((entry) => !Number.isNaN(entry.quality) && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return ranked.map((entry) => entry.language).find(isLocale) ?? defaultLocale;
}
