import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { Werkbegeleiding } from '@leerruimte/shared-contracts';
import { WerkbegeleidingSection } from './werkbegeleiding-section';

const URL = '/api/learning/me/werkbegeleiding';
const meeting: Werkbegeleiding = {
  id: 'm1',
  heldOn: '2026-11-25',
  minutes: 45,
  supervisor: 'Hanneke Smit',
  topic: 'Grenzen stellen',
};

describe(WerkbegeleidingSection.name, () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  async function render(meetings: Werkbegeleiding[]) {
    const fixture = TestBed.createComponent(WerkbegeleidingSection);
    TestBed.tick();
    backend.expectOne(URL).flush(meetings);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  const type = (element: HTMLElement, selector: string, value: string) => {
    const field = element.querySelector(selector) as HTMLInputElement;
    field.value = value;
    field.dispatchEvent(new Event('input'));
  };

  it('lists the meetings, each with a remove button that names its date', async () => {
    const { element } = await render([meeting]);
    const item = element.querySelector('.meetings li') as HTMLElement;
    expect(item.textContent?.replace(/\s+/g, ' ')).toContain(
      '25-11-2026 · 45 min · Hanneke Smit · Grenzen stellen',
    );
    expect(item.querySelector('button')?.getAttribute('aria-label')).toBe(
      'Werkbegeleiding van 25-11-2026 verwijderen',
    );
  });

  it('says so when nothing was recorded, and records a meeting with what was filled in', async () => {
    const { fixture, element } = await render([]);
    expect(element.textContent).toContain('Nog geen werkbegeleiding vastgelegd.');

    type(element, 'input[formcontrolname="supervisor"]', 'Hanneke Smit');
    type(element, 'input[formcontrolname="topic"]', 'Grenzen stellen');
    (element.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    const request = backend.expectOne((candidate) => candidate.method === 'POST');
    expect(request.request.body).toMatchObject({
      minutes: 60,
      supervisor: 'Hanneke Smit',
      topic: 'Grenzen stellen',
    });
    expect(request.request.body.heldOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    request.flush(meeting);
    // The list is asked for again, with the new meeting in it.
    await new Promise((resolve) => setTimeout(resolve, 0));
    TestBed.tick();
    backend.expectOne(URL).flush([meeting]);
    await fixture.whenStable();

    expect(element.textContent).toContain('Vastgelegd; het staat in je leerverslag.');
    expect(element.querySelectorAll('.meetings li')).toHaveLength(1);
  });

  it('sends nothing without a supervisor', async () => {
    const { fixture, element } = await render([]);
    (element.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    backend.expectNone((candidate) => candidate.method === 'POST');
  });
});
