import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { TrainingsApi } from './trainings-api';

const teamId = 't-noord';
const sessionId = 's-1';

describe(TrainingsApi.name, () => {
  let sut: TrainingsApi;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    sut = TestBed.inject(TrainingsApi);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('enrols and cancels the caller on the session', () => {
    void firstValueFrom(sut.enrol(teamId, sessionId));
    void firstValueFrom(sut.cancel(teamId, sessionId));

    const url = '/api/teams/t-noord/training-sessions/s-1/enrolment';
    backend.expectOne({ method: 'POST', url }).flush({});
    backend.expectOne({ method: 'DELETE', url }).flush({});
  });

  it('sends a register of attendance as entries', () => {
    const entries = [{ userId: 'u-1', mark: 'partly' as const, minutes: 90 }];
    void firstValueFrom(sut.recordAttendance(teamId, sessionId, { entries }));

    const request = backend.expectOne('/api/teams/t-noord/training-sessions/s-1/attendance');
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({ entries });
    request.flush({});
  });
});
