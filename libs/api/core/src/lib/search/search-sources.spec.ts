import { Injectable, type Type } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import {
  SearchSource,
  SearchSourceRegistry,
  type SearchTerms,
  type SearchViewer,
  highlighted,
  searchTerms,
} from './search-sources';

describe(searchTerms.name, () => {
  it('searches plain words also as prefixes, so a word being typed matches', () => {
    expect(searchTerms('sociale netw')).toEqual({
      text: 'sociale netw',
      prefix: "'sociale':* & 'netw':*",
    });
  });

  it('keeps only letters and digits in prefixes, so nothing is read as query syntax', () => {
    expect(searchTerms("netwerk's & (beraad) | 2026:* é")).toEqual({
      text: "netwerk's & (beraad) | 2026:* é",
      prefix: "'netwerk':* & 'beraad':* & '2026':*",
    });
  });

  it.each(['"het netwerk"', 'netwerk -beraad', 'netwerk or beraad'])(
    'leaves a phrase, an exclusion or an or to the web-search syntax: %s',
    (text) => {
      expect(searchTerms(text).prefix).toBeNull();
    },
  );

  it('has no prefixes without a word of two letters', () => {
    expect(searchTerms('a & b').prefix).toBeNull();
  });

  it('does not take a hyphen inside a word for an exclusion', () => {
    expect(searchTerms('e-mail adres').prefix).toBe("'mail':* & 'adres':*");
  });
});

describe(highlighted.name, () => {
  it('turns the marked words into pieces and makes white space single', () => {
    expect(
      highlighted('Het \uE000netwerk\uE001 van de\n  inwoner … \uE000netwerken\uE001'),
    ).toEqual([
      { text: 'Het ', match: false },
      { text: 'netwerk', match: true },
      { text: ' van de inwoner … ', match: false },
      { text: 'netwerken', match: true },
    ]);
  });

  it('joins adjacent marked words into one piece', () => {
    expect(highlighted('\uE000sociale\uE001\uE000netwerk\uE001')).toEqual([
      { text: 'socialenetwerk', match: true },
    ]);
  });

  it('gives nothing for an empty text', () => {
    expect(highlighted('  ')).toEqual([]);
  });
});

const viewer: SearchViewer = { userId: 'u', teams: [] };
const terms: SearchTerms = { text: 'netwerk', prefix: null };
const result = (kind: 'module' | 'lesson') => ({
  kind,
  title: [{ text: kind, match: false }],
  snippet: [],
  link: `/${kind}`,
  context: null,
  teamName: null,
  rank: 0.5,
});

@Injectable()
class LearningSources {
  @SearchSource('module')
  async modules() {
    return [result('module')];
  }

  @SearchSource('lesson')
  async lessons(_viewer: SearchViewer, _terms: SearchTerms, limit: number) {
    return Array.from({ length: limit }, () => result('lesson'));
  }

  @SearchSource('card')
  async cards() {
    return [];
  }

  @SearchSource('journal')
  async journal() {
    return [];
  }
}

@Injectable()
class BoardSources {
  @SearchSource('why_question')
  async questions() {
    return [];
  }

  @SearchSource('case')
  async cases() {
    return [];
  }

  @SearchSource('experiment')
  async experiments() {
    return [];
  }
}

@Injectable()
class SecondCards {
  @SearchSource('card')
  async cards() {
    return [];
  }
}

async function start(providers: Type[]) {
  const moduleRef = await Test.createTestingModule({
    imports: [DiscoveryModule],
    providers: [SearchSourceRegistry, ...providers],
  }).compile();
  return moduleRef.init();
}

describe(SearchSourceRegistry.name, () => {
  it('asks only the kinds wanted, each for at most the limit', async () => {
    const app = await start([LearningSources, BoardSources]);
    const sut = app.get(SearchSourceRegistry);

    const found = await sut.search(viewer, terms, ['module', 'lesson'], 2);

    expect(found.map((results) => results.map((r) => r.kind))).toEqual([
      ['module'],
      ['lesson', 'lesson'],
    ]);
    await app.close();
  });

  it('refuses to start when a kind has no source, naming it', async () => {
    await expect(start([LearningSources])).rejects.toThrow(
      'The search is not complete: "why_question" has no source; "case" has no source; ' +
        '"experiment" has no source',
    );
  });

  it('refuses to start when a kind has two sources, naming both', async () => {
    await expect(start([LearningSources, BoardSources, SecondCards])).rejects.toThrow(
      '"card" has 2 sources (LearningSources.cards, SecondCards.cards)',
    );
  });
});
