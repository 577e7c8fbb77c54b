import { z } from 'zod';
import {
  type SearchTerms,
  headlineSql,
  searchQueryTable,
  searchRankSql,
} from '@leerruimte/api-core';
import { type Sql, selectRows } from '@leerruimte/api-infrastructure';

/** The search's parameters in every statement here: $1 and $2 the terms, $3 the limit. */
const query = searchQueryTable('$1', '$2');
const parameters = (terms: SearchTerms, limit: number) => [terms.text, terms.prefix, limit];

/** A match: its rank, and its title and snippet with the matches marked. */
const hit = z.object({ rank: z.number(), title: z.string(), snippet: z.string() });
export type Hit = z.infer<typeof hit>;

export function moduleHits(sql: Sql, terms: SearchTerms, limit: number) {
  return selectRows(
    sql,
    hit.extend({ slug: z.string() }),
    `SELECT hit.slug, hit.rank, ${headlineSql('hit.title', 'title')} AS title,
              ${headlineSql(`hit.summary || ' ' || hit.goals`, 'snippet')} AS snippet
         FROM (SELECT m.slug, m.title, m.summary, m.position,
                      array_to_string(ARRAY(SELECT jsonb_array_elements_text(m.learning_goals)), ' ')
                        AS goals,
                      ${searchRankSql('m.search_vector')} AS rank
                 FROM learning_module m CROSS JOIN ${query}
                WHERE m.removed_at IS NULL AND m.search_vector @@ s.query
                ORDER BY rank DESC, m.position
                LIMIT $3) hit
        CROSS JOIN ${query}
        ORDER BY hit.rank DESC, hit.position`,
    parameters(terms, limit),
  );
}

export function lessonHits(sql: Sql, terms: SearchTerms, limit: number) {
  return selectRows(
    sql,
    hit.extend({ module_slug: z.string(), module_title: z.string(), slug: z.string() }),
    `SELECT hit.module_slug, hit.module_title, hit.slug, hit.rank,
              ${headlineSql('hit.title', 'title')} AS title,
              ${headlineSql('hit.search_text', 'snippet')} AS snippet
         FROM (SELECT m.slug AS module_slug, m.title AS module_title, m.position AS module_position,
                      l.slug, l.title, l.search_text, l.position,
                      ${searchRankSql('l.search_vector')} AS rank
                 FROM lesson l
                 JOIN learning_module m ON m.id = l.module_id AND m.removed_at IS NULL
                CROSS JOIN ${query}
                WHERE l.removed_at IS NULL AND l.search_vector @@ s.query
                ORDER BY rank DESC, m.position, l.position
                LIMIT $3) hit
        CROSS JOIN ${query}
        ORDER BY hit.rank DESC, hit.module_position, hit.position`,
    parameters(terms, limit),
  );
}

export function cardHits(sql: Sql, terms: SearchTerms, limit: number) {
  return selectRows(
    sql,
    hit.extend({ slug: z.string() }),
    `SELECT hit.slug, hit.rank, ${headlineSql('hit.title', 'title')} AS title,
              ${headlineSql(`hit.question || ' ' || coalesce(hit.task, '')`, 'snippet')} AS snippet
         FROM (SELECT c.slug, c.title, c.question, c.task, ${searchRankSql('c.search_vector')} AS rank
                 FROM card c CROSS JOIN ${query}
                WHERE c.removed_at IS NULL AND c.search_vector @@ s.query
                ORDER BY rank DESC, c.title, c.slug
                LIMIT $3) hit
        CROSS JOIN ${query}
        ORDER BY hit.rank DESC, hit.title, hit.slug`,
    parameters(terms, limit),
  );
}

/** The person's own answers to reflection questions, on lessons that are still there. */
export function journalHits(sql: Sql, terms: SearchTerms, limit: number, userId: string) {
  return selectRows(
    sql,
    hit.extend({ module_slug: z.string(), module_title: z.string(), lesson_slug: z.string() }),
    `SELECT hit.module_slug, hit.module_title, hit.lesson_slug, hit.rank,
              ${headlineSql('hit.lesson_title', 'title')} AS title,
              ${headlineSql('hit.answer', 'snippet')} AS snippet
         FROM (SELECT m.slug AS module_slug, m.title AS module_title, l.slug AS lesson_slug,
                      l.title AS lesson_title, j.answer, j.updated_at, j.id,
                      ${searchRankSql('j.search_vector')} AS rank
                 FROM journal_entry j
                 JOIN lesson l ON l.id = j.lesson_id AND l.removed_at IS NULL
                 JOIN learning_module m ON m.id = l.module_id AND m.removed_at IS NULL
                CROSS JOIN ${query}
                WHERE j.user_id = $4 AND j.search_vector @@ s.query
                ORDER BY rank DESC, j.updated_at DESC, j.id
                LIMIT $3) hit
        CROSS JOIN ${query}
        ORDER BY hit.rank DESC, hit.updated_at DESC, hit.id`,
    [...parameters(terms, limit), userId],
  );
}
