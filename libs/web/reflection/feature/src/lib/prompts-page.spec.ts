import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { Prompt } from '@leerruimte/shared-contracts';
import { writeDraft } from '@leerruimte/web-shared-util';
import { PromptsPage } from './prompts-page';

const open = (id: string, question: string): Prompt => ({
  occurrenceId: id,
  kind: 'question',
  question,
  teamName: 'Wijkteam Noord',
  deliveredAt: '2026-12-01T14:00:00.000Z',
  closesAt: '2026-12-08T14:00:00.000Z',
  open: true,
  myAnswer: null,
});

const past = (index: number): Prompt => ({
  ...open(`p${index}`, `Vraag ${index}`),
  closesAt: '2026-11-01T14:00:00.000Z',
  open: false,
});

describe(PromptsPage.name, () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
  });

  async function render(prompts: Prompt[], occurrenceId?: string) {
    const fixture = TestBed.createComponent(PromptsPage);
    if (occurrenceId) fixture.componentRef.setInput('occurrenceId', occurrenceId);
    document.body.appendChild(fixture.nativeElement);
    const backend = TestBed.inject(HttpTestingController);
    /** Lets renders, deferred blocks and the calendar link's request (not tested here) run. */
    const settle = async () => {
      for (let round = 0; round < 10; round++) {
        fixture.detectChanges();
        await new Promise((resolve) => setTimeout(resolve, 10));
        for (const request of backend.match('/api/me/calendar-feed'))
          request.flush({ active: false });
      }
    };
    await settle();
    backend.expectOne('/api/reflection/prompts').flush(prompts);
    await settle();
    const element = fixture.nativeElement as HTMLElement;
    const article = (id: string) => element.querySelector<HTMLElement>(`#vraag-${id}`);
    return { settle, article };
  }

  it('lists open questions with a button, and opens the answer field on a tap, focused', async () => {
    const { settle, article } = await render([open('a', 'Wat leerde je?'), open('b', 'Wat nu?')]);
    expect(article('a')?.querySelector('textarea')).toBeNull();
    const button = article('a')?.querySelector('button');
    expect(button?.textContent?.trim()).toBe('Antwoorden');
    expect(button?.getAttribute('aria-describedby')).toBe('vraag-tekst-a');

    button?.click();
    await settle();

    const field = article('a')?.querySelector('textarea');
    expect(field).not.toBeNull();
    expect(document.activeElement).toBe(field);
    expect(article('b')?.querySelector('textarea')).toBeNull();
  });

  it('opens the answer field at once where a draft was left', async () => {
    writeDraft('prompt:b', { answer: 'Half af', shared: false, confirmedNotClientData: false });
    const { article } = await render([open('a', 'Wat leerde je?'), open('b', 'Wat nu?')]);

    expect(article('a')?.querySelector('textarea')).toBeNull();
    expect(article('b')?.querySelector('textarea')?.value).toBe('Half af');
  });

  it('shows the ten newest past questions, and ten more on request with the focus on the first', async () => {
    const { settle, article } = await render(Array.from({ length: 23 }, (_, index) => past(index)));
    const shown = () => document.querySelectorAll('article.prompt').length;
    const more = () =>
      [...document.querySelectorAll('button')].find((button) =>
        button.textContent?.includes('Eerdere vragen tonen'),
      );
    expect(shown()).toBe(10);
    expect(more()?.textContent?.trim()).toBe('Eerdere vragen tonen (nog 13)');

    more()?.click();
    await settle();
    expect(shown()).toBe(20);
    expect(document.activeElement).toBe(article('p10'));
    more()?.click();
    await settle();
    expect(shown()).toBe(23);
    expect(more()).toBeUndefined();
  });

  it('shows a linked past question however far back it is', async () => {
    const { article } = await render(
      Array.from({ length: 23 }, (_, index) => past(index)),
      'p15',
    );
    expect(article('p15')).not.toBeNull();
    expect(document.querySelectorAll('article.prompt').length).toBe(16);
  });
});
