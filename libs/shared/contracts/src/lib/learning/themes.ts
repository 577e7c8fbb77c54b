// Plain values, no schemas: a page that shows a theme does not load the validation library.

export const moduleThemes = [
  'ruimte-voor-leren',
  'casuistiek',
  'experimenteren',
  'reflectie',
  'teamleren',
  'professionele-ruimte',
  'samenwerking',
  'netwerk',
  'beleid-en-kaders',
] as const;
export type ModuleTheme = (typeof moduleThemes)[number];

/** The themes of cards and of the board's items: where in practice a question is about. */
export const practiceThemes = [
  'aanpak',
  'samenwerking',
  'regels-en-kaders',
  'ethiek-en-moraal',
  'eigen-handelen',
] as const;
export type PracticeTheme = (typeof practiceThemes)[number];

/** The themes' names, for PDFs and mails; the web app has them in its texts. */
export const practiceThemeNames: Record<'nl' | 'en', Record<PracticeTheme, string>> = {
  nl: {
    aanpak: 'Aanpak',
    samenwerking: 'Samenwerking',
    'regels-en-kaders': 'Regels en kaders',
    'ethiek-en-moraal': 'Ethiek en moraal',
    'eigen-handelen': 'Eigen handelen',
  },
  en: {
    aanpak: 'Approach',
    samenwerking: 'Collaboration',
    'regels-en-kaders': 'Rules and frameworks',
    'ethiek-en-moraal': 'Ethics and morals',
    'eigen-handelen': 'Own practice',
  },
};
