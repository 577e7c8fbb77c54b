import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Training, TrainingSession } from '@leerruimte/shared-contracts';
import { TrainingsPage } from './trainings-page';

const session: TrainingSession = {
  id: 's1',
  date: '2026-12-14',
  startTime: '13:30',
  endTime: '17:00',
  breakMinutes: 15,
  netMinutes: 195,
  place: 'Stadskantoor',
  onlineUrl: null,
  capacity: 1,
  booked: 1,
  waiting: 0,
  started: false,
  calledOff: false,
  checkInOpen: false,
  guide: null,
  waitingListMovesUntil: '2099-01-01T00:00:00.000Z',
  mine: null,
};
const training = (sessions: TrainingSession[]): Training => ({
  id: 't1',
  teamId: 'team',
  title: 'Workshop professionele (speel)ruimte',
  description: '',
  trainers: ['Samira El Amrani'],
  accreditation: null,
  cancelHoursBefore: 24,
  selfEnrolment: true,
  requiresApproval: false,
  templateSlug: null,
  preparationModule: null,
  followUpModule: null,
  followUp: null,
  youTrain: false,
  sessions,
});

describe(TrainingsPage.name, () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  /** The page with these trainings, and the viewer's modules when a training prepares with one. */
  async function render(trainings: Training[], modules: object[] = []) {
    const fixture = TestBed.createComponent(TrainingsPage);
    fixture.componentRef.setInput('teamId', 'team');
    TestBed.tick();
    backend.expectOne('/api/teams/team/trainings').flush(trainings);
    // The modules are asked for once the trainings are there, a turn later.
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
    for (const request of backend.match('/api/learning/modules')) request.flush(modules);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  it('offers the waiting list for a full session, and says where the person stands after', async () => {
    const { fixture, element } = await render([training([session])]);
    const button = element.querySelector('.session button') as HTMLButtonElement;
    expect(button.textContent?.trim()).toBe('Op de wachtlijst');

    button.click();
    backend.expectOne('/api/teams/team/training-sessions/s1/enrolment').flush(
      training([
        {
          ...session,
          waiting: 1,
          mine: {
            state: 'waiting',
            queuePlace: 1,
            attendedMinutes: null,
            cancelUntil: '2026-12-14T12:30:00.000Z',
            evaluated: false,
            checkedIn: false,
          },
        },
      ]),
    );
    await fixture.whenStable();

    expect(element.textContent).toContain('Deze bijeenkomst is vol: je staat op de wachtlijst.');
    expect(element.textContent).toContain('Je bent nummer 1 op de wachtlijst.');
    expect(element.querySelector('.session button')?.textContent?.trim()).toBe(
      'Van de wachtlijst af',
    );
  });

  it('asks for a place where the lead approves, and says the request is with the lead', async () => {
    const { fixture, element } = await render([
      { ...training([{ ...session, booked: 0 }]), requiresApproval: true },
    ]);
    const button = element.querySelector('.session button') as HTMLButtonElement;
    expect(button.textContent?.trim()).toBe('Aanvragen');
    button.click();
    backend.expectOne('/api/teams/team/training-sessions/s1/enrolment').flush({
      ...training([
        {
          ...session,
          booked: 0,
          mine: {
            state: 'requested',
            queuePlace: null,
            attendedMinutes: null,
            cancelUntil: '2026-12-14T12:30:00.000Z',
            evaluated: false,
            checkedIn: false,
          },
        },
      ]),
      requiresApproval: true,
    });
    await fixture.whenStable();
    expect(element.textContent).toContain('Je aanvraag staat bij je teamleider');
    expect(element.textContent).toContain('Jij: aangevraagd');
    expect(element.querySelector('.session button')?.textContent?.trim()).toBe(
      'Aanvraag intrekken',
    );
  });

  it('links the module that prepares for the training, with how far the viewer is', async () => {
    const { element } = await render(
      [
        {
          ...training([session]),
          preparationModule: {
            slug: 'professionele-speelruimte',
            title: 'Professionele (speel)ruimte',
          },
        },
      ],
      [
        {
          slug: 'professionele-speelruimte',
          lessonCount: 4,
          progress: { status: 'in_progress', completedLessons: 1 },
        },
      ],
    );
    const preparation = element.querySelector('.preparation') as HTMLElement;
    expect(preparation.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Voorbereiding: de module Professionele (speel)ruimte · bezig (1 van 4 lessen)',
    );
    expect(preparation.querySelector('a')?.getAttribute('href')).toBe(
      '/leren/professionele-speelruimte',
    );
  });

  it('asks for no modules when no training prepares with one, and tells of the follow-up question', async () => {
    const { element } = await render([
      {
        ...training([session]),
        followUp: { question: 'Wat doe je nu anders?', daysAfter: 14, date: '2026-12-28' },
      },
    ]);
    backend.expectNone('/api/learning/modules');
    expect(element.querySelector('.follow-up-module')).toBeNull();
    expect(element.querySelector('.follow-up')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Vervolg: op maandag 28-12-2026 krijgt wie erbij was de reflectievraag: “Wat doe je nu anders?”',
    );
  });

  it('tells who waits once the queue no longer moves by itself', async () => {
    const { element } = await render([
      training([
        {
          ...session,
          waiting: 1,
          waitingListMovesUntil: new Date(Date.now() - 60_000).toISOString(),
          mine: {
            state: 'waiting',
            queuePlace: 1,
            attendedMinutes: null,
            cancelUntil: null,
            evaluated: false,
            checkedIn: false,
          },
        },
      ]),
    ]);
    expect(element.textContent).toContain('Je bent nummer 1 op de wachtlijst.');
    expect(element.textContent).toContain(
      'De wachtlijst schuift niet meer vanzelf door; je teamleider kan je nog een vrije plek geven.',
    );
  });

  it('shows why cancelling failed next to the session, and keeps what was shown', async () => {
    const booked = {
      ...session,
      mine: {
        state: 'booked' as const,
        queuePlace: null,
        attendedMinutes: null,
        cancelUntil: '2026-12-13T12:30:00.000Z',
        evaluated: false,
        checkedIn: false,
      },
    };
    const { fixture, element } = await render([training([booked])]);

    (element.querySelector('.session button') as HTMLButtonElement).click();
    backend.expectOne('/api/teams/team/training-sessions/s1/enrolment').flush(
      {
        code: 'cancel_deadline_passed',
        message: 'Afmelden kan tot 24 uur voor het begin.',
        correlationId: 'c1',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await fixture.whenStable();

    expect(
      element.querySelector('.session [role="alert"], .session lr-notice')?.textContent,
    ).toContain('Afmelden kan tot 24 uur voor het begin.');
    expect(element.textContent).toContain('Jij: ingeschreven');
  });

  it('says so when nothing is planned yet', async () => {
    const { element } = await render([]);

    expect(element.textContent).toContain('Er zijn nog geen trainingen gepland voor dit team.');
  });

  it('says a called-off session does not go ahead, and offers no enrolment for it', async () => {
    const { element } = await render([training([{ ...session, calledOff: true, booked: 0 }])]);
    const item = element.querySelector('.session') as HTMLElement;

    expect(item.textContent).toContain('Gaat niet door');
    expect(item.querySelector('button')).toBeNull();
  });

  it('offers who attended an anonymous evaluation, sends the scores once, and thanks them', async () => {
    const mine: NonNullable<TrainingSession['mine']> = {
      state: 'attended',
      queuePlace: null,
      attendedMinutes: 195,
      cancelUntil: null,
      evaluated: false,
      checkedIn: false,
    };
    const attended: TrainingSession = { ...session, started: true, mine };
    const { fixture, element } = await render([training([attended])]);
    const button = element.querySelector<HTMLButtonElement>('.session button.evaluate');
    expect(button?.textContent?.trim()).toBe('Bijeenkomst evalueren');

    button?.click();
    for (
      let round = 0;
      round < 5 && !element.querySelector('lr-session-evaluation form');
      round++
    ) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      await fixture.whenStable();
    }
    const form = element.querySelector('lr-session-evaluation form') as HTMLFormElement;
    expect(form.querySelectorAll('fieldset')).toHaveLength(4);
    expect(document.activeElement).toBe(form.querySelector('input[type="radio"]'));
    (form.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    backend.expectNone('/api/teams/team/training-sessions/s1/evaluation');
    expect(form.textContent).toContain('Kies een score.');

    form.querySelectorAll('fieldset').forEach((group) => {
      group.querySelectorAll<HTMLInputElement>('input[type="radio"]')[3].click();
    });
    (form.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    const request = backend.expectOne('/api/teams/team/training-sessions/s1/evaluation');
    expect(request.request.body).toEqual({
      scores: { applicable: 4, practice: 4, fit: 4, recommend: 4 },
    });
    request.flush(training([{ ...attended, mine: { ...mine, evaluated: true } }]));
    await fixture.whenStable();

    expect(element.querySelector('lr-session-evaluation')).toBeNull();
    expect(element.querySelector('.session button.evaluate')).toBeNull();
    expect(element.textContent).toContain('Bedankt voor je evaluatie');
  });

  it('offers no enrolment where the team lead enrols, and says so', async () => {
    const { element } = await render([
      { ...training([{ ...session, booked: 0 }]), selfEnrolment: false },
    ]);
    const item = element.querySelector('.session') as HTMLElement;

    expect(item.textContent).toContain('Voor deze training schrijft je teamleider je in.');
    expect(item.querySelector('button')).toBeNull();
  });
});
