import { Injectable } from '@nestjs/common';
import { SearchSourceRegistry, searchTerms } from '@leerruimte/api-core';
import { type SearchQuery, type SearchResponse, searchKinds } from '@leerruimte/shared-contracts';
import { mergeResults } from './merge-results';
import { SearchViewers } from './search-viewers';

/** At most this many results; a more precise search finds the rest. */
export const SEARCH_RESULT_LIMIT = 30;

/**
 * One search: who asks is read once, then each kind's source runs its one statement, all at
 * the same time, and the best of all kinds are merged by rank. The number of statements does
 * not grow with what there is.
 */
@Injectable()
export class SearchService {
  constructor(
    private readonly viewers: SearchViewers,
    private readonly sources: SearchSourceRegistry,
  ) {}

  async find(userId: string, query: SearchQuery): Promise<SearchResponse> {
    const viewer = await this.viewers.of(userId);
    const kinds = query.kind ? [query.kind] : searchKinds;
    // One more than shown from each kind tells whether there is more.
    const found = await this.sources.search(
      viewer,
      searchTerms(query.q),
      kinds,
      SEARCH_RESULT_LIMIT + 1,
    );
    return mergeResults(found, SEARCH_RESULT_LIMIT);
  }
}
