import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { CurrentUser } from '@leerruimte/shared-contracts';
import { SessionStore } from './session.store';

const fatma: CurrentUser = {
  id: '00000000-0000-4000-8000-000000000001',
  email: 'fatma@voorbeeldstad.test',
  name: 'Fatma Yilmaz',
  locale: 'nl',
  platformAdmin: false,
  emailNotifications: 'each',
  preferredTeamId: null,
  registration: null,
  twoFactor: { enabled: false, required: false, recoveryCodesLeft: 0 },
  organisations: [],
  teams: [
    {
      id: 't-centrum',
      name: 'Wijkteam Centrum',
      organisationId: 'o',
      organisationName: 'G',
      role: 'professional',
    },
    {
      id: 't-noord',
      name: 'Wijkteam Noord',
      organisationId: 'o',
      organisationName: 'G',
      role: 'professional',
    },
  ],
};

describe(SessionStore.name, () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
  });

  it('knows a visitor from the session answer, without an error', async () => {
    const sut = TestBed.inject(SessionStore);
    const loading = sut.load();
    expect(sut.user()).toBeUndefined();

    TestBed.inject(HttpTestingController).expectOne('/api/auth/session').flush({ user: null });
    await loading;

    expect(sut.user()).toBeNull();
    expect(sut.loggedIn()).toBe(false);
  });

  it('works in the first team until another is chosen, and remembers the choice on the server', async () => {
    const sut = TestBed.inject(SessionStore);
    const http = TestBed.inject(HttpTestingController);
    const loading = sut.load();
    http.expectOne('/api/auth/session').flush({ user: fatma });
    await loading;

    expect(sut.team()?.name).toBe('Wijkteam Centrum');
    sut.chooseTeam('t-noord');
    expect(sut.team()?.name).toBe('Wijkteam Noord');
    const saved = http.expectOne({ method: 'PATCH', url: '/api/me' });
    expect(saved.request.body).toEqual({ preferredTeamId: 't-noord' });
    saved.flush({ ...fatma, preferredTeamId: 't-noord' });

    sut.chooseTeam('t-noord');
    sut.chooseTeam('t-elders');
    http.expectNone('/api/me');
    expect(sut.team()?.name).toBe('Wijkteam Noord');
  });

  it('starts in the team the server remembered', async () => {
    const sut = TestBed.inject(SessionStore);
    const loading = sut.load();
    TestBed.inject(HttpTestingController)
      .expectOne('/api/auth/session')
      .flush({ user: { ...fatma, preferredTeamId: 't-noord' } });
    await loading;

    expect(sut.team()?.name).toBe('Wijkteam Noord');
  });

  it("keeps a logged-in person's language on the server, and only on this device for a visitor", async () => {
    const sut = TestBed.inject(SessionStore);
    const http = TestBed.inject(HttpTestingController);
    const loading = sut.load();
    http.expectOne('/api/auth/session').flush({ user: null });
    await loading;
    sut.chooseLocale('en');
    http.expectNone('/api/me');
    expect(localStorage.getItem('leerruimte.locale')).toBe('en');

    sut.signedIn(fatma);
    sut.chooseLocale('en');
    expect(http.expectOne({ method: 'PATCH', url: '/api/me' }).request.body).toEqual({
      locale: 'en',
    });
  });
});
