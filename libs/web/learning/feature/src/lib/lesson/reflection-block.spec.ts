import { TestBed } from '@angular/core/testing';
import { of } from 'rxjs';
import { LearningApi } from '@leerruimte/web-learning-data-access';
import { ReflectionBlock } from './reflection-block';

describe(ReflectionBlock.name, () => {
  beforeEach(() => localStorage.clear());

  async function render(saved?: { answer: string; updatedAt: string }) {
    const answerReflection = jest.fn(() =>
      of({ answer: 'Bewaard', updatedAt: '2026-12-08T10:15:00.000Z' }),
    );
    TestBed.configureTestingModule({
      providers: [{ provide: LearningApi, useValue: { answerReflection } }],
    });
    const fixture = TestBed.createComponent(ReflectionBlock);
    document.body.appendChild(fixture.nativeElement);
    fixture.componentRef.setInput('block', {
      kind: 'reflection',
      id: 'r1',
      question: 'Wanneer leerde je het meest?',
    });
    fixture.componentRef.setInput('moduleSlug', 'ervaring');
    fixture.componentRef.setInput('lessonSlug', 'les-1');
    if (saved) fixture.componentRef.setInput('saved', saved);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const field = element.querySelector('textarea') as HTMLTextAreaElement;
    const described = () =>
      (field.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent?.trim())
        .filter(Boolean);
    const submit = async () => {
      element.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
      await fixture.whenStable();
      await new Promise((resolve) => setTimeout(resolve, 0));
      await fixture.whenStable();
    };
    return { element, field, described, submit, answerReflection };
  }

  it('labels its answer field and describes it with the privacy hint', async () => {
    const { element, field, described } = await render({
      answer: 'Bij een huisbezoek',
      updatedAt: '2026-12-01T09:00:00.000Z',
    });
    const label = element.querySelector(`label[for="${field.id}"]`);
    expect(label?.textContent?.trim()).toBe('Jouw antwoord');
    expect(field.value).toBe('Bij een huisbezoek');
    expect(described()).toEqual(['Alleen jij ziet dit; het staat in je logboek.']);
    expect(field.getAttribute('aria-invalid')).toBe('false');
  });

  it('says an empty answer is required, marks the field and gives it the focus', async () => {
    const { field, described, submit, answerReflection } = await render();
    await submit();

    expect(answerReflection).not.toHaveBeenCalled();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(described()).toContain('Dit veld is verplicht.');
    expect(document.activeElement).toBe(field);
  });
});
