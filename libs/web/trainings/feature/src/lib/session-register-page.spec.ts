import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  type TestRequest,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { SessionEvaluationResult, SessionRegister } from '@leerruimte/shared-contracts';
import { SessionStore } from '@leerruimte/web-identity-data-access';
import { currentUser } from '@leerruimte/web-identity-data-access/testing';
import { SessionRegisterPage } from './session-register-page';

const register = (started: boolean, checkInOpen = false): SessionRegister => ({
  trainingTitle: 'Sociale NetwerkStrategieën',
  session: {
    id: 's1',
    date: '2026-11-23',
    startTime: '09:30',
    endTime: '16:30',
    breakMinutes: 30,
    netMinutes: 390,
    place: 'Wijkcentrum De Linde',
    onlineUrl: null,
    capacity: 12,
    booked: 0,
    waiting: 0,
    started,
    calledOff: false,
    checkInOpen,
    guide: null,
    waitingListMovesUntil: '2099-01-01T00:00:00.000Z',
    mine: null,
  },
  participants: [],
  lockedAt: null,
});

describe(SessionRegisterPage.name, () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  async function render(view: SessionRegister, evaluation?: SessionEvaluationResult) {
    const fixture = TestBed.createComponent(SessionRegisterPage);
    fixture.componentRef.setInput('teamId', 'team');
    fixture.componentRef.setInput('sessionId', 's1');
    TestBed.tick();
    backend.expectOne('/api/teams/team/training-sessions/s1/register').flush(view);
    for (const request of backend.match((candidate) => candidate.url.includes('/members'))) {
      request.flush([]);
    }
    // The evaluation is asked for once the register says the session began.
    const asked: TestRequest[] = [];
    for (let round = 0; round < 5 && asked.length === 0; round++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      TestBed.tick();
      asked.push(...backend.match('/api/teams/team/training-sessions/s1/evaluation'));
    }
    if (evaluation) asked.forEach((request) => request.flush(evaluation));
    await fixture.whenStable();
    return { element: fixture.nativeElement as HTMLElement, asked: asked.length };
  }

  /** Logs in someone who is the team's lead, or (as a trainer) one of its professionals. */
  async function logIn(role: 'team_lead' | 'professional') {
    const loading = TestBed.inject(SessionStore).load();
    backend.expectOne('/api/auth/session').flush({ user: currentUser(role) });
    await loading;
  }

  it('lets the lead enrol team members before the session', async () => {
    await logIn('team_lead');
    const { element } = await render(register(false));
    expect(element.textContent).toContain('Teamlid inschrijven');
  });

  it('gives a trainer who is not the lead the register only: no enrolling, moving or calling off', async () => {
    await logIn('professional');
    const fixture = TestBed.createComponent(SessionRegisterPage);
    fixture.componentRef.setInput('teamId', 'team');
    fixture.componentRef.setInput('sessionId', 's1');
    TestBed.tick();
    backend.expectOne('/api/teams/team/training-sessions/s1/register').flush(register(false));
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.textContent).toContain('Presentielijst');
    expect(element.textContent).not.toContain('Teamlid inschrijven');
    expect(element.textContent).not.toContain('Bijeenkomst annuleren');
    backend.expectNone((candidate) => candidate.url.includes('/members'));
  });

  it('lets the lead give a free place by hand once the queue stands still at the cancel deadline', async () => {
    await logIn('team_lead');
    const view = register(false);
    const stillQueue: SessionRegister = {
      ...view,
      session: {
        ...view.session,
        capacity: 1,
        waiting: 1,
        waitingListMovesUntil: new Date(Date.now() - 60_000).toISOString(),
      },
      participants: [
        {
          userId: '00000000-0000-4000-8000-00000000000b',
          name: 'Lars Lead',
          state: 'waiting',
          queuePlace: 1,
          attendedMinutes: null,
          checkedInAt: null,
        },
      ],
    };
    const { element } = await render(stillQueue);
    expect(element.querySelector('[data-testid="queue-stands-still"]')?.textContent).toContain(
      'de wachtlijst schuift niet meer vanzelf door',
    );
    const give = element.querySelector(
      'button[aria-label="Plek geven aan Lars Lead"]',
    ) as HTMLButtonElement;
    give.click();
    const request = backend.expectOne('/api/teams/team/training-sessions/s1/enrolments');
    expect(request.request.body).toEqual({ userId: '00000000-0000-4000-8000-00000000000b' });
  });

  it('lets the lead approve or decline a request, and says where an approval landed', async () => {
    await logIn('team_lead');
    const view = register(false);
    const requester = {
      userId: '00000000-0000-4000-8000-00000000000c',
      name: 'Priya Professional',
      queuePlace: null,
      attendedMinutes: null,
      checkedInAt: null,
    };
    const { element } = await render({
      ...view,
      participants: [{ ...requester, state: 'requested' }],
    });
    expect(
      element.querySelector('button[aria-label="Aanvraag van Priya Professional afwijzen"]'),
    ).not.toBeNull();
    (
      element.querySelector(
        'button[aria-label="Aanvraag van Priya Professional goedkeuren"]',
      ) as HTMLButtonElement
    ).click();
    const approval = backend.expectOne('/api/teams/team/training-sessions/s1/enrolments');
    expect(approval.request.body).toEqual({ userId: requester.userId });
    approval.flush({
      ...view,
      session: { ...view.session, booked: 1 },
      participants: [{ ...requester, state: 'booked' }],
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    TestBed.tick();
    expect(element.textContent).toContain(
      'Priya Professional heeft de plek gekregen en krijgt een uitnodiging.',
    );
  });

  it('shows no hand allocation while the queue still moves by itself', async () => {
    await logIn('team_lead');
    const view = register(false);
    const { element } = await render({
      ...view,
      session: { ...view.session, capacity: 1, waiting: 1 },
    });
    expect(element.querySelector('[data-testid="queue-stands-still"]')).toBeNull();
    expect(element.querySelector('button[aria-label^="Plek geven"]')).toBeNull();
  });

  it('asks nothing about an evaluation before the session began', async () => {
    const { element, asked } = await render(register(false));
    expect(asked).toBe(0);
    expect(element.querySelector('[data-testid="evaluation"]')).toBeNull();
  });

  it('keeps the outcome hidden below the minimum, and says how many evaluated', async () => {
    const { element } = await render(register(true), { answers: 2, minimum: 5, averages: null });
    const section = element.querySelector('[data-testid="evaluation"]') as HTMLElement;
    expect(section.textContent).toContain('2 deelnemers evalueerden deze bijeenkomst');
    expect(section.textContent).toContain('vanaf 5 evaluaties');
    expect(section.querySelector('dl')).toBeNull();
  });

  it('shows the average per statement, in Dutch, from the minimum', async () => {
    const { element } = await render(register(true), {
      answers: 5,
      minimum: 5,
      averages: { applicable: 4.2, practice: 5, fit: 3, recommend: 4 },
    });
    const rows = [...element.querySelectorAll('[data-testid="evaluation"] dl > div')].map((row) =>
      row.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(rows).toEqual([
      'Wat ik leerde, kan ik in mijn werk gebruiken. 4,2',
      'Er was genoeg ruimte om te oefenen en vragen te stellen. 5,0',
      'De bijeenkomst sloot aan bij wat ik in mijn wijk tegenkom. 3,0',
      'Ik raad deze bijeenkomst een collega aan. 4,0',
    ]);
  });

  it('shows the check-in code while the session is on, and reads the register again for who checked in', async () => {
    jest.useFakeTimers({ doNotFake: ['setTimeout', 'queueMicrotask', 'nextTick', 'setImmediate'] });
    try {
      const { element } = await render(register(true, true), {
        answers: 0,
        minimum: 5,
        averages: null,
      });
      const show = [...element.querySelectorAll('button')].find(
        (button) => button.textContent?.trim() === 'Incheckcode tonen',
      ) as HTMLButtonElement;
      show.click();
      backend.expectOne('/api/teams/team/training-sessions/s1/check-in-code').flush({
        code: '482913',
        qrCode: 'data:image/svg+xml;base64,PHN2Zy8+',
        link: 'https://leerruimte.example/team/team/trainingen/inchecken/s1?code=abc',
        validUntil: new Date(Date.now() + 60_000).toISOString(),
      });
      await new Promise((resolve) => setTimeout(resolve, 0));
      TestBed.tick();
      const screen = element.querySelector('[data-testid="check-in-code"]') as HTMLElement;
      expect(screen.textContent?.replace(/\s+/g, ' ')).toContain('482 913');
      expect(screen.querySelector('img')?.getAttribute('alt')).toBe('QR-code om in te checken');

      jest.advanceTimersByTime(5_000);
      TestBed.tick();
      backend.expectOne('/api/teams/team/training-sessions/s1/register').flush({
        ...register(true, true),
        participants: [
          {
            userId: 'u1',
            name: 'Fatma Yilmaz',
            state: 'attended',
            queuePlace: null,
            attendedMinutes: 390,
            checkedInAt: '2026-11-23T08:32:00.000Z',
          },
        ],
      });
      await new Promise((resolve) => setTimeout(resolve, 0));
      TestBed.tick();
      expect(element.querySelector('tbody tr')?.textContent).toContain('zelf ingecheckt om 09:32');
    } finally {
      jest.useRealTimers();
    }
  });

  it('says when self check-in opens for a session still to come', async () => {
    const { element } = await render(register(false));
    expect(element.textContent).toContain('vanaf een half uur voor het begin');
    expect(element.querySelector('lr-check-in-screen')).toBeNull();
  });

  it('closes the register after asking once more, and then keeps its attendance as it is', async () => {
    const marked: SessionRegister = {
      ...register(true),
      participants: [
        {
          userId: 'u1',
          name: 'Joost Visser',
          state: 'attended',
          queuePlace: null,
          attendedMinutes: 390,
          checkedInAt: null,
        },
      ],
    };
    const { element } = await render(marked, { answers: 0, minimum: 5, averages: null });
    const button = (name: string) =>
      [...element.querySelectorAll('button')].find(
        (candidate) => candidate.textContent?.trim() === name,
      ) as HTMLButtonElement | undefined;

    button('Presentielijst afsluiten…')?.click();
    TestBed.tick();
    expect(element.textContent).toContain('Dit kun je niet terugdraaien.');
    button('Ja, afsluiten')?.click();
    backend
      .expectOne('/api/teams/team/training-sessions/s1/register/lock')
      .flush({ ...marked, lockedAt: '2026-11-23T16:00:00.000Z' });
    for (let round = 0; round < 3; round++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      TestBed.tick();
    }

    expect(element.querySelector('[data-testid="register-locked"]')?.textContent).toContain(
      'Afgesloten op 23-11-2026 17:00',
    );
    expect((element.querySelector('tbody select') as HTMLSelectElement).disabled).toBe(true);
    expect(button('Aanwezigheid opslaan')).toBeUndefined();
  });
});
