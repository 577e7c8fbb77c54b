import { TestBed } from '@angular/core/testing';
import { of } from 'rxjs';
import { LearningApi } from '@leerruimte/web-learning-data-access';
import { CheckBlock } from './check-block';

describe(CheckBlock.name, () => {
  beforeEach(() => localStorage.clear());

  async function answer(correct: boolean, feedback: string) {
    TestBed.configureTestingModule({
      providers: [
        { provide: LearningApi, useValue: { answerCheck: () => of({ correct, feedback }) } },
      ],
    });
    const fixture = TestBed.createComponent(CheckBlock);
    fixture.componentRef.setInput('block', {
      kind: 'check',
      id: 'c1',
      question: 'Wat maakt van een ervaring een les?',
      options: [{ text: 'Terugkijken en begrijpen' }, { text: 'Een training' }],
    });
    fixture.componentRef.setInput('moduleSlug', 'ervaring');
    fixture.componentRef.setInput('lessonSlug', 'les-1');
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    element.querySelector<HTMLInputElement>('input[type=radio]')?.click();
    await fixture.whenStable();
    element.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    await fixture.whenStable();
    return element.querySelector('[data-testid=check-feedback]') as HTMLElement;
  }

  it('gives its verdict on its own line, so it does not run into the feedback ("Goed. Juist.")', async () => {
    const sut = await answer(true, 'Juist. Terugkijken en begrijpen maken er een les van.');

    const [verdict, feedback] = Array.from(sut.querySelectorAll('p')).map((p) =>
      p.textContent?.trim(),
    );
    expect(verdict).toBe('Je antwoord is goed');
    expect(feedback).toBe('Juist. Terugkijken en begrijpen maken er een les van.');
    expect(sut.textContent).not.toMatch(/Goed\.\s*Juist\./);
  });

  it('says a wrong choice is not the best answer, in a warning', async () => {
    const sut = await answer(false, 'Niet helemaal. Een training helpt bij losse vaardigheden.');

    expect(sut.getAttribute('data-tone')).toBe('warning');
    expect(sut.querySelector('.verdict')?.textContent?.trim()).toBe(
      'Dit is niet het beste antwoord',
    );
  });
});
