import { type SearchResponse, type SearchResult, searchKinds } from '@leerruimte/shared-contracts';

/**
 * The results of every kind as one list: best rank first (every source ranks alike), equal
 * ranks in the order of the kinds, each kind keeping its own order; at most `limit`.
 */
export function mergeResults(found: readonly SearchResult[][], limit: number): SearchResponse {
  const all = found
    .flat()
    .sort((a, b) => b.rank - a.rank || searchKinds.indexOf(a.kind) - searchKinds.indexOf(b.kind));
  return { results: all.slice(0, limit), more: all.length > limit };
}
