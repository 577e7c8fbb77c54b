import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { SearchEntry } from './search-entry';

describe(SearchEntry.name, () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
  });

  async function render(compact: boolean) {
    const fixture = TestBed.createComponent(SearchEntry);
    fixture.componentRef.setInput('compact', compact);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('is a search icon linking to the search page on a phone', async () => {
    const sut = await render(true);

    const searchLink = sut.querySelector('a');
    expect(searchLink?.getAttribute('href')).toBe('/zoeken');
    expect(searchLink?.getAttribute('aria-label')).toBe('Zoeken');
    expect(sut.querySelector('input')).toBeNull();
  });

  it('opens the search page with the words typed on a laptop, and empties itself', async () => {
    const sut = await render(false);
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const main = document.body.appendChild(
      Object.assign(document.createElement('main'), {
        id: 'inhoud',
        tabIndex: -1,
      }),
    );
    const field = sut.querySelector('input') as HTMLInputElement;

    field.value = '  netwerk ';
    sut.querySelector('form')?.dispatchEvent(new Event('submit'));
    await Promise.resolve();

    expect(navigate).toHaveBeenCalledWith(['/zoeken'], { queryParams: { q: 'netwerk' } });
    expect(field.value).toBe('');
    expect(document.activeElement).toBe(main);
    main.remove();
    expect(field.getAttribute('aria-label')).toBe('Zoeken in Leerruimte');
    expect(field.maxLength).toBe(100);
  });
});
