import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { ModuleSummary } from '@leerruimte/shared-contracts';
import { CataloguePage } from './catalogue-page';

const URL = '/api/learning/modules';

describe(CataloguePage.name, () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  async function render() {
    const fixture = TestBed.createComponent(CataloguePage);
    TestBed.tick();
    backend.expectOne(URL).flush([] satisfies ModuleSummary[]);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  const choose = (element: HTMLElement, label: string, value: string) => {
    const id = [...element.querySelectorAll('label')]
      .find((candidate) => candidate.textContent?.trim() === label)
      ?.getAttribute('for');
    const select = element.querySelector(`#${id}`) as HTMLSelectElement;
    select.value = value;
    select.dispatchEvent(new Event('change'));
  };

  it('has labelled native filters that are there with the list, without waiting', async () => {
    const { element } = await render();
    const labels = [...element.querySelectorAll('.filters label')].map((label) => ({
      text: label.textContent?.trim(),
      control: element.querySelector(`#${label.getAttribute('for')}`)?.tagName,
    }));
    expect(labels).toEqual([
      { text: 'Zoeken in modules', control: 'INPUT' },
      { text: 'Thema', control: 'SELECT' },
      { text: 'Duur', control: 'SELECT' },
    ]);
    expect(element.querySelector('#catalogue-search')?.getAttribute('aria-describedby')).toBe(
      'catalogue-search-hint',
    );
  });

  it('asks for the chosen theme and duration, and for everything again when cleared', async () => {
    const { fixture, element } = await render();

    choose(element, 'Thema', 'reflectie');
    TestBed.tick();
    backend
      .expectOne((request) => request.url === URL && request.params.get('theme') === 'reflectie')
      .flush([]);
    choose(element, 'Duur', '45');
    TestBed.tick();
    const both = backend.expectOne((request) => request.url === URL);
    expect(both.request.params.get('theme')).toBe('reflectie');
    expect(both.request.params.get('maxMinutes')).toBe('45');
    both.flush([]);
    await fixture.whenStable();
    expect(element.textContent).toContain('Geen modules gevonden');

    (
      [...element.querySelectorAll('button')].find((button) =>
        button.textContent?.includes('Filters wissen'),
      ) as HTMLButtonElement
    ).click();
    TestBed.tick();
    const cleared = backend.expectOne(URL);
    expect(cleared.request.params.keys()).toEqual([]);
    cleared.flush([]);
    await fixture.whenStable();
    expect((element.querySelector('#catalogue-theme') as HTMLSelectElement).value).toBe('');
    expect((element.querySelector('#catalogue-duration') as HTMLSelectElement).value).toBe('');
  });
});
