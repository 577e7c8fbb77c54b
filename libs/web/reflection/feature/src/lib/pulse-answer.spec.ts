import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { Prompt } from '@leerruimte/shared-contracts';
import { PulseAnswer } from './pulse-answer';

const prompt: Prompt = {
  occurrenceId: 'o1',
  kind: 'pulse',
  question: 'Teampuls',
  teamName: 'Wijkteam Noord',
  deliveredAt: '2026-11-20T10:00:00.000Z',
  closesAt: '2026-11-23T10:00:00.000Z',
  open: true,
  myAnswer: null,
};

describe(PulseAnswer.name, () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
  });

  async function render() {
    const fixture = TestBed.createComponent(PulseAnswer);
    fixture.componentRef.setInput('prompt', prompt);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  it('asks each statement as a group of five scores', async () => {
    const { element } = await render();
    const groups = element.querySelectorAll('fieldset');
    expect(groups).toHaveLength(5);
    expect(groups[0].querySelector('legend')?.textContent).toContain('zonder iemand de schuld');
    expect(groups[0].querySelectorAll('input[type="radio"]')).toHaveLength(5);
  });

  it('sends nothing until every statement has a score, then all scores at once', async () => {
    const { fixture, element } = await render();
    const backend = TestBed.inject(HttpTestingController);
    const submit = () => element.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();

    submit();
    await fixture.whenStable();
    backend.expectNone('/api/reflection/prompts/o1/pulse');
    expect(element.textContent).toContain('Kies een score.');

    element.querySelectorAll('fieldset').forEach((group, index) => {
      group.querySelectorAll<HTMLInputElement>('input[type="radio"]')[index % 5].click();
    });
    submit();
    const request = backend.expectOne('/api/reflection/prompts/o1/pulse');
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({
      scores: { safety: 1, trying: 2, colleagues: 3, time: 4, followThrough: 5 },
    });
    request.flush({
      ...prompt,
      myAnswer: { answer: '', shared: false, updatedAt: prompt.closesAt },
    });
    await fixture.whenStable();
    expect(element.textContent).toContain('anoniem meegeteld');
  });
});
