import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { ExperimentDetail } from '@leerruimte/shared-contracts';
import { ExperimentPage } from './experiment-page';

const url = '/api/teams/t1/experiments/e1';
const experiment: ExperimentDetail = {
  id: 'e1',
  title: 'Eerst vragen wat iemand zelf wil',
  theme: 'aanpak',
  status: 'running',
  author: { userId: 'u2', name: 'Fatma Yilmaz' },
  startDate: '2026-11-01',
  endDate: '2026-12-01',
  participantCount: 1,
  logCount: 0,
  updatedAt: '2026-11-20T10:00:00.000Z',
  hidden: null,
  situation: 'We beginnen met de indicatie.',
  intendedEffect: 'Plannen die passen.',
  whatWeTry: 'Eerst de vraag van de inwoner.',
  prediction: 'Minder terugkomers.',
  howWeKnow: 'Tellen.',
  measureName: 'terugkomers per week',
  roles: '',
  participants: [{ userId: 'u1', name: 'Ahmed' }],
  whyQuestion: { id: 'q1', question: 'Waarom beginnen we met de indicatie?' },
  case: null,
  previous: null,
  followUps: [],
  logbook: [],
  dataPoints: [],
  evaluation: null,
  myRole: 'participant',
};

describe(ExperimentPage.name, () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
  });

  async function render(detail: ExperimentDetail) {
    const fixture = TestBed.createComponent(ExperimentPage);
    fixture.componentRef.setInput('teamId', 't1');
    fixture.componentRef.setInput('experimentId', 'e1');
    TestBed.tick();
    TestBed.inject(HttpTestingController).expectOne(url).flush(detail);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const moves = (element: HTMLElement) =>
    [...element.querySelectorAll('button[data-status]')].map((button) =>
      button.getAttribute('data-status'),
    );

  it('offers a participant of a running experiment only the step to the evaluation', async () => {
    const element = await render(experiment);

    expect(moves(element)).toEqual(['evaluating']);
    expect(element.querySelector('[aria-current=step]')?.textContent).toContain('Loopt');
    expect(element.querySelector('[data-testid=evaluation]')).toBeNull();
    expect(element.textContent).toContain('Waarneming toevoegen');
  });

  it('lets the owner evaluate, and offers the next cycle once decided', async () => {
    const evaluating = await render({ ...experiment, status: 'evaluating', myRole: 'owner' });
    expect(evaluating.querySelector('[data-testid=evaluation] form')).not.toBeNull();
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });

    const decided = await render({
      ...experiment,
      status: 'adapted',
      myRole: 'owner',
      evaluation: {
        doneAsPlanned: 'partly',
        comparedWithPrediction: 'Minder dan gedacht.',
        learned: 'Eerst vragen werkt, als je tijd neemt.',
        decision: 'adapted',
        evaluatedBy: { userId: 'u2', name: 'Fatma Yilmaz' },
        evaluatedAt: '2026-12-02T10:00:00.000Z',
      },
    });
    expect(moves(decided)).toEqual([]);
    const next = [...decided.querySelectorAll('a')].find(
      (anchor) => anchor.textContent?.trim() === 'Volgend experiment starten',
    );
    expect(next?.getAttribute('href')).toBe('/team/t1/leerbord/experimenten/nieuw?vorige=e1');
  });
});
