import type { SearchResult } from '@leerruimte/shared-contracts';
import { mergeResults } from './merge-results';

const result = (kind: SearchResult['kind'], title: string, rank: number): SearchResult => ({
  kind,
  title: [{ text: title, match: false }],
  snippet: [],
  link: `/${title}`,
  context: null,
  teamName: null,
  rank,
});

const titles = (results: SearchResult[]) => results.map((r) => r.title[0].text);

describe(mergeResults.name, () => {
  it('puts the best rank of every kind first', () => {
    const sut = mergeResults(
      [
        [result('lesson', 'les', 0.3), result('lesson', 'les 2', 0.1)],
        [result('why_question', 'vraag', 0.5)],
        [],
      ],
      10,
    );

    expect(titles(sut.results)).toEqual(['vraag', 'les', 'les 2']);
    expect(sut.more).toBe(false);
  });

  it('shows equal ranks in the order of the kinds, each kind in its own order', () => {
    const sut = mergeResults(
      [
        [result('journal', 'logboek', 0.2)],
        [result('card', 'kaartje b', 0.2), result('card', 'kaartje a', 0.2)],
        [result('module', 'module', 0.2)],
      ],
      10,
    );

    expect(titles(sut.results)).toEqual(['module', 'kaartje b', 'kaartje a', 'logboek']);
  });

  it('keeps at most the limit and says there is more', () => {
    const sut = mergeResults(
      [[result('lesson', 'a', 0.4), result('lesson', 'b', 0.3)], [result('experiment', 'c', 0.35)]],
      2,
    );

    expect(titles(sut.results)).toEqual(['a', 'c']);
    expect(sut.more).toBe(true);
  });
});
