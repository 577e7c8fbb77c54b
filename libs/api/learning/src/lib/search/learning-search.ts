import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  SearchSource,
  type SearchTerms,
  type SearchViewer,
  highlighted,
} from '@leerruimte/api-core';
import type { SearchResult } from '@leerruimte/shared-contracts';
import { appPaths, link } from '@leerruimte/shared-paths';
import { type Hit, cardHits, journalHits, lessonHits, moduleHits } from './learning-search.queries';

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
    const rows = await moduleHits(this.dataSource, terms, limit);
    return rows.map((row) =>
      result('module', row, { link: link(appPaths.module, { moduleSlug: row.slug }) }),
    );
  }

  @SearchSource('lesson')
  async lessons(_viewer: SearchViewer, terms: SearchTerms, limit: number) {
    const rows = await lessonHits(this.dataSource, terms, limit);
    return rows.map((row) =>
      result('lesson', row, {
        link: link(appPaths.lesson, { moduleSlug: row.module_slug, lessonSlug: row.slug }),
        context: row.module_title,
      }),
    );
  }

  @SearchSource('card')
  async cards(_viewer: SearchViewer, terms: SearchTerms, limit: number) {
    const rows = await cardHits(this.dataSource, terms, limit);
    return rows.map((row) =>
      result('card', row, { link: link(appPaths.card, { cardSlug: row.slug }) }),
    );
  }

  /** The person's own answers to reflection questions, on lessons that are still there. */
  @SearchSource('journal')
  async journal(viewer: SearchViewer, terms: SearchTerms, limit: number) {
    const rows = await journalHits(this.dataSource, terms, limit, viewer.userId);
    return rows.map((row) =>
      result('journal', row, {
        link: link(appPaths.lesson, { moduleSlug: row.module_slug, lessonSlug: row.lesson_slug }),
        context: row.module_title,
      }),
    );
  }
}
