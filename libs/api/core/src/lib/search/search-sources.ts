import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { type SearchKind, type SearchResult, searchKinds } from '@leerruimte/shared-contracts';

/**
 * Who searches, read once per request. A source shows only what this says the person may see:
 * the boards of the teams they are a member of, their own journal.
 */
export interface SearchViewer {
  userId: string;
  /** The teams the person is a member of (not those an organisation admin manages). */
  teams: ReadonlyArray<{ teamId: string; teamName: string }>;
}

/**
 * The words of one search, as the two SQL parameters `searchQueryTable` reads. `text` goes to
 * websearch_to_tsquery, so "a phrase", `or` and `-word` work as in a web search engine. Plain
 * words are also searched as prefixes (`prefix`, for to_tsquery): the word being typed
 * ("netw") and the first part of a Dutch compound ("netwerk" in "netwerkberaad") then match
 * too, which the whole-word query does not. With operators in the text, prefixes would undo a
 * phrase or an exclusion, so then `prefix` is null.
 */
export interface SearchTerms {
  text: string;
  prefix: string | null;
}

export function searchTerms(text: string): SearchTerms {
  const operators = /"|(^|\s)-\S|(^|\s)or(\s|$)/i.test(text);
  // Letters and digits only: nothing in a prefix can be read as tsquery syntax.
  const words = (text.match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => word.length >= 2);
  return {
    text,
    prefix: operators || words.length === 0 ? null : words.map((w) => `'${w}':*`).join(' & '),
  };
}

/**
 * A one-row table `s` whose `query` is the search's tsquery, from two parameters (`text` and
 * `prefix` of SearchTerms): `FROM item CROSS JOIN ${searchQueryTable('$1', '$2')}`. The Dutch
 * configuration whatever the person's language: the content is Dutch, and its stemmer lets
 * "netwerk" find "netwerken".
 */
export function searchQueryTable(text: string, prefix: string): string {
  return `(SELECT CASE WHEN ${prefix}::text IS NULL THEN websearch_to_tsquery('dutch', ${text})
                       ELSE websearch_to_tsquery('dutch', ${text}) || to_tsquery('dutch', ${prefix})
                   END AS query) s`;
}

/**
 * The rank of a match, the same for every source so results of different kinds can be merged:
 * ts_rank with a title (weight A) counting five times a text (B), as a lesson whose title
 * names the words should come before one that mentions them often; divided by 1 + the log of
 * the document's length, so a long text does not win on length alone.
 */
export function searchRankSql(vector: string): string {
  return `ts_rank('{0.05, 0.1, 0.2, 1.0}', ${vector}, s.query, 1)`;
}

/** Mark a match in ts_headline's output: private-use characters, removed from the text first. */
const START = '\uE000';
const STOP = '\uE001';

/** A text this long or shorter is shown whole; a longer one as fragments around the matches. */
const WHOLE_TEXT_LENGTH = 240;

/**
 * SQL for a text with the matched words of `s.query` marked, read back by `highlighted`. A
 * `title` is shown whole; a `snippet` too when it is short, else the best two fragments.
 */
export function headlineSql(text: string, shape: 'snippet' | 'title'): string {
  const headline = (options: string) =>
    `ts_headline('dutch', translate(coalesce(${text}, ''), E'\\uE000\\uE001', ''), s.query,
                 E'StartSel=\\uE000, StopSel=\\uE001, ${options}')`;
  const whole = headline('HighlightAll=true');
  if (shape === 'title') return whole;
  return `CASE WHEN length(coalesce(${text}, '')) <= ${WHOLE_TEXT_LENGTH} THEN ${whole}
               ELSE ${headline('MaxFragments=2, MaxWords=20, MinWords=8, FragmentDelimiter=" … "')}
          END`;
}

/** ts_headline's output as plain text pieces, white space made single. */
export function highlighted(headline: string): SearchResult['title'] {
  const pieces: SearchResult['title'] = [];
  const text = headline.replace(/\s+/g, ' ').trim();
  let match = false;
  for (const part of text.split(new RegExp(`([${START}${STOP}])`))) {
    if (part === START || part === STOP) {
      match = part === START;
    } else if (part !== '') {
      const last = pieces.at(-1);
      if (last && last.match === match) last.text += part;
      else pieces.push({ text: part, match });
    }
  }
  return pieces;
}

/** What a source finds: results of its kind, best first. */
export type SearchSourceResolver = (
  viewer: SearchViewer,
  terms: SearchTerms,
  limit: number,
) => Promise<SearchResult[]>;

const SearchSourceMarker = DiscoveryService.createDecorator<SearchKind>();

/**
 * Marks the provider method that searches one kind of item, in the domain that owns its table:
 * `@SearchSource('lesson') async lessons(viewer, terms, limit)`, one SQL statement each.
 */
export function SearchSource(kind: SearchKind) {
  const marker = SearchSourceMarker(kind);
  return <M extends SearchSourceResolver>(
    target: object,
    key: string | symbol,
    descriptor: TypedPropertyDescriptor<M>,
  ): void => {
    marker(target, key, descriptor);
  };
}

export type SearchSourceResolvers = Record<SearchKind, SearchSourceResolver>;

/** Finds every `@SearchSource` and checks each kind has exactly one. */
export function collectSearchSources(
  discovery: DiscoveryService,
  scanner: MetadataScanner,
): SearchSourceResolvers {
  const found = new Map<SearchKind, Array<{ where: string; resolve: SearchSourceResolver }>>();
  for (const wrapper of discovery.getProviders()) {
    const instance = wrapper.instance as Record<string, unknown> | undefined;
    if (!instance || typeof instance !== 'object' || !wrapper.isDependencyTreeStatic()) {
      continue;
    }
    for (const methodName of scanner.getAllMethodNames(Object.getPrototypeOf(instance))) {
      const kind = discovery.getMetadataByDecorator(SearchSourceMarker, wrapper, methodName);
      if (kind) {
        const method = instance[methodName] as SearchSourceResolver;
        found.set(kind, [
          ...(found.get(kind) ?? []),
          { where: `${wrapper.name}.${methodName}`, resolve: method.bind(instance) },
        ]);
      }
    }
  }
  const problems = searchKinds.flatMap((kind) => {
    const sources = found.get(kind) ?? [];
    if (sources.length === 0) return [`"${kind}" has no source`];
    if (sources.length > 1) {
      return [
        `"${kind}" has ${sources.length} sources (${sources.map((s) => s.where).join(', ')})`,
      ];
    }
    return [];
  });
  if (problems.length > 0) {
    throw new Error(`The search is not complete: ${problems.join('; ')}`);
  }
  return Object.fromEntries(
    [...found].map(([kind, [source]]) => [kind, source.resolve]),
  ) as SearchSourceResolvers;
}

/** The search's sources, found at start-up; asks the ones wanted at the same time. */
@Injectable()
export class SearchSourceRegistry implements OnApplicationBootstrap {
  private resolvers?: SearchSourceResolvers;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
  ) {}

  onApplicationBootstrap(): void {
    this.resolvers = collectSearchSources(this.discovery, this.scanner);
  }

  /** Each kind's results, best first, at most `limit` each: one statement per kind, in parallel. */
  async search(
    viewer: SearchViewer,
    terms: SearchTerms,
    kinds: readonly SearchKind[],
    limit: number,
  ): Promise<SearchResult[][]> {
    const resolvers = this.resolvers;
    if (!resolvers) throw new Error('SearchSourceRegistry used before the application started');
    return Promise.all(kinds.map((kind) => resolvers[kind](viewer, terms, limit)));
  }
}
