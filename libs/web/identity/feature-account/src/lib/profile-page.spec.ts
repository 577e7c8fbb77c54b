import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { CurrentUser } from '@leerruimte/shared-contracts';
import { SessionStore } from '@leerruimte/web-identity-data-access';
import { ProfilePage } from './profile-page';

const daan: CurrentUser = {
  id: '00000000-0000-4000-8000-000000000008',
  email: 'daan.jansen@voorbeeldstad.test',
  name: 'Daan Jansen',
  locale: 'nl',
  platformAdmin: false,
  emailNotifications: 'each',
  preferredTeamId: null,
  registration: null,
  twoFactor: { enabled: false, required: false, recoveryCodesLeft: 0 },
  organisations: [],
  teams: [],
};

describe(ProfilePage.name, () => {
  let http: HttpTestingController;

  async function render(user: CurrentUser) {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(SessionStore).signedIn(user);
    const fixture = TestBed.createComponent(ProfilePage);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const section = (name: string) =>
      [...element.querySelectorAll('section')].find(
        (candidate) => candidate.querySelector('h2')?.textContent?.trim() === name,
      ) as HTMLElement;
    const type = (input: HTMLInputElement | null, value: string) => {
      if (!input) throw new Error('no such field');
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    const submit = async (form: HTMLElement) => {
      form.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
      await fixture.whenStable();
    };
    const settle = async () => {
      await new Promise((resolve) => setTimeout(resolve));
      await fixture.whenStable();
    };
    return { fixture, section, type, submit, settle };
  }

  afterEach(() => http.verify());

  it('changes the password of someone without 2FA, and says so beside the button', async () => {
    const { section, type, submit, settle } = await render(daan);
    const password = section('Wachtwoord wijzigen');
    type(password.querySelector('input[formcontrolname=currentPassword]'), 'oud-wachtwoord-123');
    type(password.querySelector('input[formcontrolname=newPassword]'), 'nieuw-wachtwoord-456');
    await submit(password);

    const request = http.expectOne({ method: 'POST', url: '/api/me/password' });
    expect(request.request.body).toEqual({
      currentPassword: 'oud-wachtwoord-123',
      newPassword: 'nieuw-wachtwoord-456',
    });
    request.flush(null, { status: 204, statusText: 'No Content' });
    await settle();

    expect(password.textContent).toContain('Je wachtwoord is gewijzigd.');
    expect(section('Gegevens').textContent).not.toContain('Je wachtwoord is gewijzigd.');
  });

  it('asks for the 2FA code when 2FA is on, and sends it along', async () => {
    const { section, type, submit } = await render({
      ...daan,
      twoFactor: { enabled: true, required: false, recoveryCodesLeft: 10 },
    });
    const password = section('Wachtwoord wijzigen');
    type(password.querySelector('input[formcontrolname=currentPassword]'), 'oud-wachtwoord-123');
    type(password.querySelector('input[formcontrolname=newPassword]'), 'nieuw-wachtwoord-456');
    await submit(password);
    http.expectNone('/api/me/password');
    expect(password.textContent).toContain('Code uit je authenticator-app');

    type(password.querySelector('input[formcontrolname=twoFactorCode]'), '123456');
    await submit(password);
    const request = http.expectOne({ method: 'POST', url: '/api/me/password' });
    expect(request.request.body).toEqual({
      currentPassword: 'oud-wachtwoord-123',
      newPassword: 'nieuw-wachtwoord-456',
      twoFactorCode: '123456',
    });
    request.flush(null, { status: 204, statusText: 'No Content' });
  });

  it('shows a refused password change in its own section', async () => {
    const { section, type, submit, settle } = await render(daan);
    const password = section('Wachtwoord wijzigen');
    type(password.querySelector('input[formcontrolname=currentPassword]'), 'verkeerd-wachtwoord');
    type(password.querySelector('input[formcontrolname=newPassword]'), 'nieuw-wachtwoord-456');
    await submit(password);
    http
      .expectOne('/api/me/password')
      .flush(
        { code: 'forbidden', message: 'Dit wachtwoord klopt niet.', correlationId: 'r1' },
        { status: 403, statusText: 'Forbidden' },
      );
    await settle();

    expect(password.textContent).toContain('Dit wachtwoord klopt niet.');
    expect(section('Gegevens').textContent).not.toContain('Dit wachtwoord klopt niet.');
  });
});
