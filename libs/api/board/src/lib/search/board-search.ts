import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import {
  SearchSource,
  type SearchTerms,
  type SearchViewer,
  headlineSql,
  highlighted,
  searchQueryTable,
  searchRankSql,
} from '@leerruimte/api-core';
import { selectRows } from '@leerruimte/api-infrastructure';
import type { SearchResult } from '@leerruimte/shared-contracts';
import { type AppPath, appPaths, link } from '@leerruimte/shared-paths';
import { EXPERIMENT_TEXT } from './search-vectors';

/**
 * Each kind of board item the search finds: its table, title, text and page. The text is the
 * same as its search vector's (weights A and B), so the snippet quotes where the words matched.
 */
const boardKinds = {
  why_question: {
    table: 'why_question',
    title: 'question',
    text: `coalesce(conclusion, '')`,
    page: appPaths.whyQuestion,
    idParameter: 'questionId',
  },
  case: {
    table: 'team_case',
    title: 'title',
    text: 'description',
    page: appPaths.case,
    idParameter: 'caseId',
  },
  experiment: {
    table: 'experiment',
    title: 'title',
    text: EXPERIMENT_TEXT,
    page: appPaths.experiment,
    idParameter: 'experimentId',
  },
} satisfies Record<
  string,
  { table: string; title: string; text: string; page: AppPath; idParameter: string }
>;

type BoardKind = keyof typeof boardKinds;

const hitRow = z.object({
  id: z.string(),
  team_id: z.string(),
  rank: z.number(),
  title: z.string(),
  snippet: z.string(),
});

/**
 * The board's part of the search: only the boards of the teams the person is a member of, and
 * never a hidden item, whose text leaves the API for no one. One statement per kind.
 */
@Injectable()
export class BoardSearch {
  constructor(private readonly dataSource: DataSource) {}

  @SearchSource('why_question')
  questions(viewer: SearchViewer, terms: SearchTerms, limit: number) {
    return this.search('why_question', viewer, terms, limit);
  }

  @SearchSource('case')
  cases(viewer: SearchViewer, terms: SearchTerms, limit: number) {
    return this.search('case', viewer, terms, limit);
  }

  @SearchSource('experiment')
  experiments(viewer: SearchViewer, terms: SearchTerms, limit: number) {
    return this.search('experiment', viewer, terms, limit);
  }

  private async search(
    kind: BoardKind,
    viewer: SearchViewer,
    terms: SearchTerms,
    limit: number,
  ): Promise<SearchResult[]> {
    if (viewer.teams.length === 0) return [];
    const { table, title, text, page, idParameter } = boardKinds[kind];
    const query = searchQueryTable('$1', '$2');
    const rows = await selectRows(
      this.dataSource,
      hitRow,
      `SELECT hit.id, hit.team_id, hit.rank, ${headlineSql('hit.title', 'title')} AS title,
                ${headlineSql('hit.text', 'snippet')} AS snippet
           FROM (SELECT id, team_id, created_at, ${title} AS title, ${text} AS text,
                        ${searchRankSql('search_vector')} AS rank
                   FROM ${table} CROSS JOIN ${query}
                  WHERE team_id = ANY ($4::uuid[]) AND hidden_at IS NULL
                    AND search_vector @@ s.query
                  ORDER BY rank DESC, created_at DESC, id
                  LIMIT $3) hit
          CROSS JOIN ${query}
          ORDER BY hit.rank DESC, hit.created_at DESC, hit.id`,
      [terms.text, terms.prefix, limit, viewer.teams.map((team) => team.teamId)],
    );
    return rows.map((row) => ({
      kind,
      title: highlighted(row.title),
      snippet: highlighted(row.snippet),
      link: link(page, { teamId: row.team_id, [idParameter]: row.id }),
      context: null,
      teamName: viewer.teams.find((team) => team.teamId === row.team_id)?.teamName ?? null,
      rank: row.rank,
    }));
  }
}
