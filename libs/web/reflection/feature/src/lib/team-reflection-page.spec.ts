import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { of } from 'rxjs';
import { BoardApi } from '@leerruimte/web-board-data-access';
import { SessionStore } from '@leerruimte/web-identity-data-access';
import { ReflectionApi } from '@leerruimte/web-reflection-data-access';
import { TeamReflectionPage } from './team-reflection-page';

describe(TeamReflectionPage.name, () => {
  const createMoment = jest.fn();

  beforeEach(() => {
    localStorage.clear();
    createMoment.mockReset();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        {
          provide: SessionStore,
          useValue: {
            user: signal({ id: 'u1', teams: [{ id: 't1', name: 'Noord', role: 'team_lead' }] }),
          },
        },
        {
          provide: ReflectionApi,
          useValue: {
            moments: () => of([]),
            cards: () => of([]),
            teamCards: () => of([]),
            modules: () => of([]),
            createMoment,
          },
        },
        { provide: BoardApi, useValue: { experiments: () => of([]), whyQuestions: () => of([]) } },
      ],
    });
  });

  async function render(teamId = 't1') {
    const fixture = TestBed.createComponent(TeamReflectionPage);
    fixture.componentRef.setInput('teamId', teamId);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const plan = async () => {
      element.querySelector<HTMLButtonElement>('form button[type=submit]')?.click();
      fixture.detectChanges();
      await fixture.whenStable();
    };
    return { element, plan };
  }

  it('does not send a moment without a question, and puts the person on the question', async () => {
    const { element, plan } = await render();

    await plan();

    expect(createMoment).not.toHaveBeenCalled();
    const question = element.querySelector('textarea[formcontrolname=question]');
    expect(document.activeElement).toBe(question);
    expect(question?.closest('mat-form-field')?.querySelector('mat-error')?.textContent).toContain(
      'Dit veld is verplicht.',
    );
  });

  it('offers "Elke week" for a weekly moment, not "Om de zoveel weken"', async () => {
    const { element } = await render();

    expect(element.textContent).toContain('Elke week');
    expect(element.textContent).not.toContain('Om de zoveel weken');
  });

  it('says a team that is not yours is not yours, rather than asking for its team leader', async () => {
    const { element } = await render('t9');

    expect(element.querySelector('[data-testid=unavailable]')?.textContent).toContain(
      'Dit is niet voor jou zichtbaar',
    );
  });
});
