import { z } from 'zod';
import { freeText } from '../board/text';
import { searchKinds, searchQueryMaxLength, searchQueryMinLength } from './search-kinds';

/**
 * One search over the learning content, the person's own teams' learning boards and their own
 * journal (GET /api/search). Results are only what the person may see.
 */
export const searchQuerySchema = z.strictObject({
  /** Words as typed: "a phrase", or, -without; a word being typed also matches as a prefix. */
  q: freeText(searchQueryMinLength, searchQueryMaxLength),
  /** Only results of this kind. */
  kind: z.enum(searchKinds).optional(),
});

/**
 * Text with the matched words marked, as plain text pieces: the web app marks them itself and
 * never renders HTML from the server.
 */
export const highlightedTextSchema = z.array(z.object({ text: z.string(), match: z.boolean() }));

export const searchResultSchema = z.object({
  kind: z.enum(searchKinds),
  /** The item's title (a why-question's question), with the matched words marked. */
  title: highlightedTextSchema,
  /**
   * The item's text with the matched words marked: whole when short, else the two best fragments
   * (its beginning when only the title matched); empty when the item has no text.
   */
  snippet: highlightedTextSchema,
  /** The page of the item in the web app, an absolute path. */
  link: z.string(),
  /** What the item belongs to: a lesson's module, the lesson of a journal answer. */
  context: z.string().nullable(),
  /** The team of a board item. */
  teamName: z.string().nullable(),
  /** PostgreSQL's text-search rank: higher is a better match. */
  rank: z.number(),
});

export const searchResponseSchema = z.object({
  /** Best match first. */
  results: z.array(searchResultSchema),
  /** More matched than are shown: a more precise search finds them. */
  more: z.boolean(),
});

export type SearchQuery = z.infer<typeof searchQuerySchema>;
export type HighlightedText = z.infer<typeof highlightedTextSchema>;
export type SearchResult = z.infer<typeof searchResultSchema>;
export type SearchResponse = z.infer<typeof searchResponseSchema>;
