import { localeFromAcceptLanguage } from './locale';

describe(localeFromAcceptLanguage.name, () => {
  it('defaults to Dutch without a header', () => {
    expect(localeFromAcceptLanguage(undefined)).toBe('nl');
  });

  it('picks the highest-ranked supported language', () => {
    expect(localeFromAcceptLanguage('de-DE,de;q=0.9,en;q=0.8,nl;q=0.7')).toBe('en');
    expect(localeFromAcceptLanguage('en;q=0.5,nl-BE;q=0.9')).toBe('nl');
  });

  it('falls back to Dutch when no language is supported', () => {
    expect(localeFromAcceptLanguage('fr-FR,de;q=0.5')).toBe('nl');
  });
});
