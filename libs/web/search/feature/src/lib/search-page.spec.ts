import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import type { SearchResponse } from '@leerruimte/shared-contracts';
import { SearchPage } from './search-page';

const found: SearchResponse = {
  results: [
    {
      kind: 'why_question',
      title: [
        { text: 'Waarom vragen we zo zelden wat het ', match: false },
        { text: 'netwerk', match: true },
        { text: ' al probeerde?', match: false },
      ],
      snippet: [],
      link: '/team/t1/leerbord/vragen/q1',
      context: null,
      teamName: 'Wijkteam Noord',
      rank: 0.2,
    },
    {
      kind: 'lesson',
      title: [{ text: 'De Wyber', match: false }],
      snippet: [
        { text: 'het Beraad met alle ', match: false },
        { text: 'netwerken', match: true },
        { text: '.', match: false },
      ],
      link: '/leren/sociale-netwerkstrategieen/de-wyber',
      context: 'Sociale NetwerkStrategieën',
      teamName: null,
      rank: 0.1,
    },
  ],
  more: false,
};

describe(SearchPage.name, () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
  });

  /** The page with these words in the address; a search it starts is still waiting. */
  function render(q?: string, kind?: string) {
    const fixture = TestBed.createComponent(SearchPage);
    if (q !== undefined) fixture.componentRef.setInput('q', q);
    if (kind !== undefined) fixture.componentRef.setInput('kind', kind);
    TestBed.tick();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }
  const http = () => TestBed.inject(HttpTestingController);
  const byTestId = (element: HTMLElement, id: string) =>
    element.querySelector<HTMLElement>(`[data-testid=${id}]`);

  it('says what it searches before anything is typed, and asks nothing of the server', async () => {
    const { fixture, element } = render();
    await fixture.whenStable();

    expect(byTestId(element, 'search-start')?.textContent).toContain('het leerbord van je teams');
    http().expectNone(() => true);
  });

  it('asks for two characters before it searches', async () => {
    const { fixture, element } = render(' a ');
    await fixture.whenStable();

    expect(byTestId(element, 'search-too-short')?.textContent).toContain('minstens 2 tekens');
    http().expectNone(() => true);
  });

  it('shows the results best first, with the kind in words and the matched words marked', async () => {
    const { fixture, element } = render('netwerk ', 'lesson');
    http()
      .expectOne((request) => request.url === '/api/search')
      .flush(found);
    await fixture.whenStable();

    const sut = [...element.querySelectorAll<HTMLElement>('[data-testid=search-results] li')];
    expect(sut.map((item) => item.querySelector('.kind')?.textContent?.trim())).toEqual([
      'Waarom-vraag',
      'Les',
    ]);
    expect(sut[0].querySelector('a')?.getAttribute('href')).toBe('/team/t1/leerbord/vragen/q1');
    expect(sut[0].querySelector('a')?.textContent).toBe(
      'Waarom vragen we zo zelden wat het netwerk al probeerde?',
    );
    expect(sut[0].textContent).toContain('Leerbord van Wijkteam Noord');
    expect([...sut[1].querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual([
      'netwerken',
    ]);
    expect(sut[1].textContent).toContain('Sociale NetwerkStrategieën');
    expect(byTestId(element, 'result-count')?.textContent).toContain('2 resultaten');
  });

  it('sends the words trimmed and the kind chosen', async () => {
    render('  netwerk  ', 'lesson');

    const request = http().expectOne((r) => r.url === '/api/search');
    expect(request.request.params.get('q')).toBe('netwerk');
    expect(request.request.params.get('kind')).toBe('lesson');
  });

  it('says when nothing was found, and offers to search every kind', async () => {
    const { fixture, element } = render('xyzzy', 'card');
    http()
      .expectOne((r) => r.url === '/api/search')
      .flush({ results: [], more: false });
    await fixture.whenStable();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);

    expect(byTestId(element, 'nothing-found')?.textContent).toContain(
      'Niets gevonden voor “xyzzy”.',
    );
    byTestId(element, 'nothing-found')?.querySelector('button')?.click();

    expect(navigate).toHaveBeenCalledWith([], {
      queryParams: { q: 'xyzzy', kind: null },
      replaceUrl: false,
    });
  });

  it('puts the words in the address once typing pauses, without new history', async () => {
    jest.useFakeTimers();
    try {
      const { element } = render();
      const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
      const field = element.querySelector('input') as HTMLInputElement;

      field.value = 'netw';
      field.dispatchEvent(new Event('input'));
      expect(navigate).not.toHaveBeenCalled();
      jest.advanceTimersByTime(300);

      expect(navigate).toHaveBeenCalledWith([], {
        queryParams: { q: 'netw', kind: null },
        replaceUrl: true,
      });
    } finally {
      jest.useRealTimers();
    }
  });
});
