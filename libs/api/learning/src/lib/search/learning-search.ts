import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  SearchSource,
  type SearchTerms,
  type SearchViewer,
  headlineSql,
  highlighted,
  searchQueryTable,
  searchRankSql,
} from '@leerruimte/api-core';
import type { SearchResult } from '@leerruimte/shared-contracts';
import { appPaths, link } from '@leerruimte/shared-paths';

/** The search's parameters in every statement here: $1 and $2 the terms, $3 the limit. */
const query = searchQueryTable('$1', '$2');
const parameters = (terms: SearchTerms, limit: number) => [terms.text, terms.prefix, limit];

interface Hit {
  rank: number;
  title: string;
  snippet: string;
}

const result = (
  kind: SearchResult['kind'],
  hit: Hit,
  where: { link: string; context?: string },
): SearchResult => ({
  kind,
  title: highlighted(hit.title),
  snippet: highlighted(hit.snippet),
  link: where.link,
  context: where.context ?? null,
  teamName: null,
  rank: hit.rank,
});

/**
 * Learning's part of the search. Modules, lessons and cards are for everyone who is logged in
 * (only what is in the content now); a journal is its author's alone. Each kind is one
 * statement: the best matches are found through the GIN index first, and only those get their
 * highlighted text.
 */
@Injectable()
export class LearningSearch {
  constructor(private readonly dataSource: DataSource) {}

  @SearchSource('module')
  async modules(_viewer: SearchViewer, terms: SearchTerms, limit: number) {
    const rows: Array<Hit & { slug: string }> = await this.dataSource.query(
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
    return rows.map((row) =>
      result('module', row, { link: link(appPaths.module, { moduleSlug: row.slug }) }),
    );
  }

  @SearchSource('lesson')
  async lessons(_viewer: SearchViewer, terms: SearchTerms, limit: number) {
    const rows: Array<Hit & { module_slug: string; module_title: string; slug: string }> =
      await this.dataSource.query(
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
    return rows.map((row) =>
      result('lesson', row, {
        link: link(appPaths.lesson, { moduleSlug: row.module_slug, lessonSlug: row.slug }),
        context: row.module_title,
      }),
    );
  }

  @SearchSource('card')
  async cards(_viewer: SearchViewer, terms: SearchTerms, limit: number) {
    const rows: Array<Hit & { slug: string }> = await this.dataSource.query(
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
    return rows.map((row) =>
      result('card', row, { link: link(appPaths.card, { cardSlug: row.slug }) }),
    );
  }

  /** The person's own answers to reflection questions, on lessons that are still there. */
  @SearchSource('journal')
  async journal(viewer: SearchViewer, terms: SearchTerms, limit: number) {
    const rows: Array<Hit & { module_slug: string; module_title: string; lesson_slug: string }> =
      await this.dataSource.query(
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
        [...parameters(terms, limit), viewer.userId],
      );
    return rows.map((row) =>
      result('journal', row, {
        link: link(appPaths.lesson, { moduleSlug: row.module_slug, lessonSlug: row.lesson_slug }),
        context: row.module_title,
      }),
    );
  }
}
