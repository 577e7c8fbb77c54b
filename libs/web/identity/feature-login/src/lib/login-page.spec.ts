import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { LoginPage } from './login-page';

describe(LoginPage.name, () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
  });

  async function render() {
    const fixture = TestBed.createComponent(LoginPage);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const type = (selector: string, value: string) => {
      const input = element.querySelector<HTMLInputElement>(selector);
      if (!input) throw new Error(`no ${selector}`);
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    const backend = TestBed.inject(HttpTestingController);
    /** Lets the login promise chain finish, then renders. */
    const settle = async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await fixture.whenStable();
    };
    /** How the typed address signs in: the login page asks once per address. */
    const answerMethod = async (method: object = { method: 'password' }) => {
      await settle();
      for (const request of backend.match('/api/auth/sign-in-method')) request.flush(method);
      await settle();
    };
    const submit = async (method?: object) => {
      element.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
      TestBed.tick();
      await answerMethod(method);
    };
    return { fixture, element, type, submit, settle, answerMethod, backend };
  }

  it('checks the fields before sending anything', async () => {
    const { fixture, element, type, submit, backend } = await render();
    type('input[type=email]', 'geen-adres');

    await submit();
    await fixture.whenStable();

    backend.expectNone('/api/auth/login');
    expect(element.textContent).toContain('Moet een geldig e-mailadres zijn.');
    expect(element.textContent).toContain('Dit veld is verplicht.');
  });

  it("shows the server's answer when the login is refused", async () => {
    const { element, type, submit, settle, backend } = await render();
    type('input[type=email]', 'fatma@voorbeeldstad.test');
    type('input[type=password]', 'verkeerd-wachtwoord');

    await submit();
    backend.expectOne('/api/auth/login').flush(
      {
        code: 'invalid_credentials',
        message: 'Deze combinatie van e-mailadres en wachtwoord klopt niet.',
        correlationId: 'r1',
      },
      { status: 401, statusText: 'Unauthorized' },
    );
    await settle();

    expect(element.querySelector('[data-testid=login-problem]')?.textContent?.trim()).toBe(
      'Deze combinatie van e-mailadres en wachtwoord klopt niet.',
    );
  });

  it('offers a mailed link when failed attempts make logging in wait, and says it was sent', async () => {
    const { element, type, submit, settle, backend } = await render();
    type('input[type=email]', 'fatma@voorbeeldstad.test');
    type('input[type=password]', 'het-goede-wachtwoord');
    await submit();
    backend.expectOne('/api/auth/login').flush(
      {
        code: 'login_delayed',
        message: 'Te veel mislukte pogingen. Wacht 2 minuten.',
        correlationId: 'r2',
      },
      { status: 429, statusText: 'Too Many Requests' },
    );
    await settle();
    const offer = [...element.querySelectorAll('button')].find(
      (button) => button.textContent?.trim() === 'Mail mij een link om in te loggen',
    );
    expect(offer).toBeDefined();

    offer?.click();
    TestBed.tick();
    const request = backend.expectOne('/api/auth/unlock-link');
    expect(request.request.body).toEqual({ email: 'fatma@voorbeeldstad.test' });
    request.flush(null, { status: 202, statusText: 'Accepted' });
    await settle();

    expect(element.querySelector('[data-testid=unlock-link-sent]')?.textContent).toContain(
      'Als er een account is voor fatma@voorbeeldstad.test',
    );
  });

  it('offers no link after an ordinary wrong password', async () => {
    const { element, type, submit, settle, backend } = await render();
    type('input[type=email]', 'fatma@voorbeeldstad.test');
    type('input[type=password]', 'verkeerd');
    await submit();
    backend
      .expectOne('/api/auth/login')
      .flush(
        { code: 'invalid_credentials', message: 'Klopt niet.', correlationId: 'r3' },
        { status: 401, statusText: 'Unauthorized' },
      );
    await settle();

    expect(element.textContent).not.toContain('Mail mij een link');
  });

  it('says why when a session ended while the person was working', async () => {
    const { fixture, element, settle } = await render();
    expect(element.querySelector('[data-testid=session-ended]')).toBeNull();

    fixture.componentRef.setInput('verlopen', '1');
    await settle();

    expect(element.querySelector('[data-testid=session-ended]')?.textContent).toContain(
      'wat je aan het typen was, is bewaard',
    );
  });

  it('goes back where the person came from after logging in', async () => {
    const { fixture, type, submit, settle, backend } = await render();
    fixture.componentRef.setInput('terug', '/teams');
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    type('input[type=email]', 'fatma@voorbeeldstad.test');
    type('input[type=password]', 'Leren-op-de-werkplek-2026');

    await submit();
    backend.expectOne('/api/auth/login').flush({
      id: '00000000-0000-4000-8000-000000000001',
      email: 'fatma.yilmaz@voorbeeldstad.test',
      name: 'Fatma Yilmaz',
      locale: 'nl',
      platformAdmin: false,
      emailNotifications: 'each',
      preferredTeamId: null,
      twoFactor: { enabled: false, required: false, recoveryCodesLeft: 0 },
      organisations: [],
      teams: [],
    });
    await settle();

    expect(navigate).toHaveBeenCalledWith('/teams');
  });

  it('asks for the code from the app when the account has two-factor authentication', async () => {
    const { element, type, submit, settle, backend } = await render();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    type('input[type=email]', 'anouk.debruijn@voorbeeldstad.test');
    type('input[type=password]', 'Leren-op-de-werkplek-2026');
    await submit();
    backend.expectOne('/api/auth/login').flush({ twoFactorRequired: true, challenge: 'c1' });
    await settle();

    expect(element.querySelector('h1')?.textContent).toBe('Tweestapsverificatie');
    expect(navigate).not.toHaveBeenCalled();
    type('input[autocomplete=one-time-code]', '123');
    await submit();
    expect(element.textContent).toContain('Heeft niet de juiste vorm.');
    backend.expectNone('/api/auth/login/two-factor');

    type('input[autocomplete=one-time-code]', '123456');
    await submit();
    const request = backend.expectOne('/api/auth/login/two-factor');
    expect(request.request.body).toEqual({ challenge: 'c1', code: '123456' });
    request.flush(
      {
        code: 'wrong_two_factor_code',
        message: 'Deze code klopt niet of is al gebruikt.',
        correlationId: 'r2',
        fields: [
          { field: 'code', code: 'wrong_two_factor_code', message: 'Deze code klopt niet.' },
        ],
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await settle();
    expect(element.textContent).toContain('Deze code klopt niet.');
    expect(navigate).not.toHaveBeenCalled();
  });

  it('offers the organisation’s own sign-in once the address is typed, beside the password', async () => {
    const { element, type, answerMethod, backend } = await render();
    type('input[type=email]', 'fatma@voorbeeldstad.test');
    element.querySelector('input[type=email]')?.dispatchEvent(new Event('blur'));

    const [asked] = backend.match('/api/auth/sign-in-method');
    expect(asked.request.body).toEqual({ email: 'fatma@voorbeeldstad.test' });
    asked.flush({ method: 'sso', organisationName: 'Gemeente Voorbeeldstad', required: false });
    await answerMethod();

    const start = element.querySelector<HTMLAnchorElement>('[data-testid=sso-start]');
    expect(start?.textContent?.trim()).toBe('Inloggen via Gemeente Voorbeeldstad');
    expect(start?.getAttribute('href')).toBe(
      '/api/auth/sso/start?email=fatma%40voorbeeldstad.test',
    );
    expect(element.querySelector('input[type=password]')).not.toBeNull();
  });

  it('never sends a password when the organisation requires its own sign-in', async () => {
    const { fixture, element, type, submit, backend } = await render();
    fixture.componentRef.setInput('terug', '/mijn-leren');
    type('input[type=email]', 'fatma@voorbeeldstad.test');
    type('input[type=password]', 'Leren-op-de-werkplek-2026');

    await submit({ method: 'sso', organisationName: 'Gemeente Voorbeeldstad', required: true });

    backend.expectNone('/api/auth/login');
    expect(element.querySelector('input[type=password]')).toBeNull();
    expect(element.textContent).not.toContain('Wachtwoord vergeten?');
    const start = element.querySelector<HTMLAnchorElement>('[data-testid=sso-start]');
    expect(start?.getAttribute('href')).toBe(
      '/api/auth/sso/start?email=fatma%40voorbeeldstad.test&terug=%2Fmijn-leren',
    );
  });

  it('says why signing in through the organisation did not work, and ignores unknown reasons', async () => {
    const { fixture, element, settle } = await render();

    fixture.componentRef.setInput('sso', 'wrong_tenant');
    await settle();
    expect(element.querySelector('[data-testid=sso-failed]')?.textContent).toContain(
      'account van een andere organisatie',
    );

    fixture.componentRef.setInput('sso', '<script>');
    await settle();
    expect(element.querySelector('[data-testid=sso-failed]')).toBeNull();
  });
});
