// Plain values, no schemas: the header's search field and the search page check and name them
// without loading the validation library.

/** What one search looks through, in the order results of equal rank are shown. */
export const searchKinds = [
  'module',
  'lesson',
  'card',
  'why_question',
  'case',
  'experiment',
  'journal',
] as const;

export type SearchKind = (typeof searchKinds)[number];

/** The shortest and longest search, in characters, after trimming. */
export const searchQueryMinLength = 2;
export const searchQueryMaxLength = 100;
