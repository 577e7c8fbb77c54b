import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { WhyQuestionDetail } from '@leerruimte/shared-contracts';
import { QuestionPage } from './question-page';

const url = '/api/teams/t1/why-questions/q1';
const question: WhyQuestionDetail = {
  id: 'q1',
  question: 'Waarom beginnen we altijd met de indicatie? <b>echt</b>',
  theme: 'aanpak',
  status: 'open',
  author: { userId: 'u2', name: 'Fatma Yilmaz' },
  createdAt: '2026-11-20T10:00:00.000Z',
  votes: 2,
  votedByMe: false,
  answerCount: 0,
  case: null,
  parentQuestionId: 'q0',
  depth: 2,
  conclusion: null,
  discussedAt: null,
  experimentId: null,
  hidden: null,
  answers: [],
  chainAbove: [{ id: 'q0', question: 'Waarom duurt de intake zo lang?' }],
  deeper: [],
  mayPlanDiscussion: true,
};

describe(QuestionPage.name, () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
  });

  async function render(detail: WhyQuestionDetail = question) {
    const fixture = TestBed.createComponent(QuestionPage);
    fixture.componentRef.setInput('teamId', 't1');
    fixture.componentRef.setInput('questionId', 'q1');
    const backend = TestBed.inject(HttpTestingController);
    // The page stays unstable while its request is open: answer it before waiting.
    TestBed.tick();
    backend.expectOne(url).flush(detail);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const settle = async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await fixture.whenStable();
    };
    return { fixture, element, backend, settle };
  }

  it('shows the question as text, its chain and the agenda actions for who may plan', async () => {
    const { element } = await render();

    expect(element.querySelector('h1')?.textContent?.trim()).toBe(question.question);
    expect(element.querySelector('h1 b')).toBeNull();
    expect(element.querySelector('nav.chain')?.textContent).toContain(
      'Waarom duurt de intake zo lang?',
    );
    expect(element.textContent).toContain('Waarom 2 van 5');
    const buttons = [...element.querySelectorAll('button, a')].map((button) =>
      button.textContent?.trim(),
    );
    expect(buttons).toContain('Op de agenda zetten');
    expect(buttons).toContain('Maak er een experiment van');
    expect(buttons).toContain('Vraag verder: waarom?');
  });

  it('resends an answer with the confirmation after the privacy guard refused it', async () => {
    const { element, backend, settle } = await render();
    const form = element.querySelector<HTMLFormElement>('form[aria-labelledby=add-answer-title]');
    const textarea = form?.querySelector('textarea');
    if (!form || !textarea) throw new Error('no answer form');
    textarea.value = 'Bel mevrouw op 06-12345678 voor de afspraak.';
    textarea.dispatchEvent(new Event('input'));
    await settle();
    expect(form.querySelector('[data-testid=privacy-findings]')?.textContent).toContain(
      '06-12345678',
    );

    form.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    const refused = backend.expectOne(`${url}/answers`);
    expect(refused.request.body).toEqual({ text: 'Bel mevrouw op 06-12345678 voor de afspraak.' });
    refused.flush(
      {
        code: 'possible_client_data',
        message: 'Je tekst bevat iets wat een cliënt kan identificeren.',
        fields: [
          { field: 'text', code: 'phone', message: '“06-12345678” lijkt op een telefoonnummer.' },
        ],
        correlationId: 'r1',
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await settle();
    expect(form.querySelector('mat-error')?.textContent).toContain('lijkt op een telefoonnummer');

    form.querySelector<HTMLInputElement>('mat-checkbox input')?.click();
    await settle();
    form.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    const confirmed = backend.expectOne(`${url}/answers`);
    expect(confirmed.request.body).toEqual({
      text: 'Bel mevrouw op 06-12345678 voor de afspraak.',
      confirmedNotClientData: true,
    });
    confirmed.flush({
      ...question,
      answerCount: 1,
      answers: [
        {
          id: 'a1',
          text: 'Bel mevrouw op 06-12345678 voor de afspraak.',
          author: { userId: 'u1', name: 'Ahmed' },
          createdAt: '2026-11-21T10:00:00.000Z',
          hidden: null,
        },
      ],
    });
    await settle();
    expect(element.textContent).toContain('Je antwoord is toegevoegd.');
  });

  it('shows the reason instead of the text of a hidden answer', async () => {
    const { element } = await render({
      ...question,
      answers: [
        {
          id: 'a1',
          text: '',
          author: { userId: 'u1', name: 'Ahmed' },
          createdAt: '2026-11-21T10:00:00.000Z',
          hidden: {
            reason: 'Bevat een naam.',
            hiddenBy: 'Anouk',
            hiddenAt: '2026-11-21T11:00:00Z',
          },
        },
      ],
    });

    expect(element.textContent).toContain('Verborgen door de teamleider: Bevat een naam.');
  });

  it('names the author of an answer whose account is gone "Oud-teamlid"', async () => {
    const { element } = await render({
      ...question,
      author: { userId: null, name: null },
      answers: [
        {
          id: 'a1',
          text: 'Omdat de gemeente dat vroeg.',
          author: { userId: null, name: null },
          createdAt: '2026-11-21T10:00:00.000Z',
          hidden: null,
        },
      ],
    });

    expect(element.textContent).toContain('Gesteld door Oud-teamlid');
    expect(element.querySelector('article.entry')?.getAttribute('aria-label')).toContain(
      'Oud-teamlid',
    );
  });
});
