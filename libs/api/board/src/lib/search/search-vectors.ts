// What the search finds a board item by, weighted: the title or question (A) counts most. The
// same text is in the migration that made the columns (1796545840288-Search); change both
// together.

export const WHY_QUESTION_SEARCH =
  "setweight(to_tsvector('dutch', question), 'A') || setweight(to_tsvector('dutch', coalesce(conclusion, '')), 'B')";

export const CASE_SEARCH =
  "setweight(to_tsvector('dutch', title), 'A') || setweight(to_tsvector('dutch', description), 'B')";

/** An experiment's plan and what was learned; how it is measured counts less (C). */
export const EXPERIMENT_TEXT =
  "situation || ' ' || intended_effect || ' ' || what_we_try || ' ' || prediction || ' ' || coalesce(learned, '')";

export const EXPERIMENT_SEARCH = `setweight(to_tsvector('dutch', title), 'A') || setweight(to_tsvector('dutch', ${EXPERIMENT_TEXT}), 'B') || setweight(to_tsvector('dutch', how_we_know || ' ' || measure_name || ' ' || coalesce(compared_with_prediction, '')), 'C')`;
