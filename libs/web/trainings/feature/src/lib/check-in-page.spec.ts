import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Training, TrainingSession } from '@leerruimte/shared-contracts';
import { CheckInPage } from './check-in-page';

const booked: NonNullable<TrainingSession['mine']> = {
  state: 'booked',
  queuePlace: null,
  attendedMinutes: null,
  cancelUntil: null,
  evaluated: false,
  checkedIn: false,
};
const training = (mine = booked): Training => ({
  id: 't1',
  teamId: 'team',
  title: 'Sociale NetwerkStrategieën',
  description: '',
  trainers: ['Marieke de Boer'],
  accreditation: null,
  cancelHoursBefore: 72,
  selfEnrolment: true,
  requiresApproval: false,
  templateSlug: null,
  preparationModule: null,
  followUpModule: null,
  followUp: null,
  youTrain: false,
  sessions: [
    {
      id: 's1',
      date: '2026-12-07',
      startTime: '09:30',
      endTime: '16:30',
      breakMinutes: 30,
      netMinutes: 390,
      place: 'Wijkcentrum De Linde',
      onlineUrl: null,
      capacity: 12,
      booked: 8,
      waiting: 0,
      started: true,
      calledOff: false,
      checkInOpen: true,
      guide: null,
      waitingListMovesUntil: '2099-01-01T00:00:00.000Z',
      mine,
    },
  ],
});
const checkedIn = training({ ...booked, state: 'attended', attendedMinutes: 390, checkedIn: true });

describe(CheckInPage.name, () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  async function render(sessionId: string, code?: string) {
    const fixture = TestBed.createComponent(CheckInPage);
    fixture.componentRef.setInput('teamId', 'team');
    fixture.componentRef.setInput('sessionId', sessionId);
    if (code) fixture.componentRef.setInput('code', code);
    TestBed.tick();
    backend.expectOne('/api/teams/team/trainings').flush([training()]);
    await settle();
    return { element: fixture.nativeElement as HTMLElement };
  }

  async function settle() {
    for (let round = 0; round < 3; round++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      TestBed.tick();
    }
  }

  it('checks in at once with the code in the QR link, and says it counts', async () => {
    const { element } = await render('s1', 'tokenFromTheQrCode1234');
    const sent = backend.expectOne('/api/teams/team/training-sessions/s1/check-in');
    expect(sent.request.body).toEqual({ code: 'tokenFromTheQrCode1234' });
    expect(element.textContent).toContain('Inchecken met de QR-code');
    sent.flush(checkedIn);
    await settle();
    expect(element.textContent).toContain('Je bent ingecheckt');
    expect(element.querySelector('form')).toBeNull();
  });

  it('puts a wrong typed code’s error under the field, and sends nothing while it is empty', async () => {
    const { element } = await render('s1');
    const form = element.querySelector('form') as HTMLFormElement;
    form.dispatchEvent(new Event('submit'));
    await settle();
    backend.expectNone('/api/teams/team/training-sessions/s1/check-in');

    const input = element.querySelector('input') as HTMLInputElement;
    expect(input.getAttribute('inputmode')).toBe('numeric');
    input.value = '123 456';
    input.dispatchEvent(new Event('input'));
    form.dispatchEvent(new Event('submit'));
    backend.expectOne('/api/teams/team/training-sessions/s1/check-in').flush(
      {
        code: 'validation_failed',
        message: 'Controleer de velden.',
        correlationId: 'c1',
        fields: [
          {
            field: 'code',
            code: 'wrong_check_in_code',
            message: 'Deze code klopt niet of is verlopen.',
          },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(element.querySelector('mat-error')?.textContent).toContain(
      'Deze code klopt niet of is verlopen.',
    );
  });

  it('says so when the session is not of this team', async () => {
    const { element } = await render('elsewhere');
    expect(element.textContent).toContain('Deze bijeenkomst bestaat niet (meer)');
    expect(element.querySelector('form')).toBeNull();
  });
});
