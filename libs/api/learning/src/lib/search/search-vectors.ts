// What the search finds a learning item by, weighted: the title (A) counts most. The same text
// is in the migration that made the columns (1796545840288-Search); change both together.

export const MODULE_SEARCH =
  "setweight(to_tsvector('dutch', title), 'A') || setweight(to_tsvector('dutch', summary), 'B') || setweight(to_tsvector('dutch', learning_goals), 'C')";

export const LESSON_SEARCH =
  "setweight(to_tsvector('dutch', title), 'A') || setweight(to_tsvector('dutch', search_text), 'B')";

export const CARD_SEARCH =
  "setweight(to_tsvector('dutch', title), 'A') || setweight(to_tsvector('dutch', question || ' ' || coalesce(task, '')), 'B')";

export const JOURNAL_SEARCH = "setweight(to_tsvector('dutch', answer), 'B')";
