import type { Locale } from '../i18n/locale';

// Plain values, no schemas: a notification or a page can word a status without zod.

export const experimentStatuses = [
  'idea',
  'planned',
  'running',
  'evaluating',
  'adopted',
  'adapted',
  'stopped',
] as const;
export type ExperimentStatus = (typeof experimentStatuses)[number];

/** A status as a word in a sentence ("staat op gepland"), for messages, mails and exports. */
export const experimentStatusWords: Record<Locale, Record<ExperimentStatus, string>> = {
  nl: {
    idea: 'idee',
    planned: 'gepland',
    running: 'loopt',
    evaluating: 'evalueren',
    adopted: 'ingevoerd',
    adapted: 'aangepast',
    stopped: 'gestopt',
  },
  en: {
    idea: 'idea',
    planned: 'planned',
    running: 'running',
    evaluating: 'evaluating',
    adopted: 'adopted',
    adapted: 'adapted',
    stopped: 'stopped',
  },
};
