import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { SessionStore } from '@leerruimte/web-identity-data-access';
import { SsoLinkPage } from './sso-link-page';

describe(SsoLinkPage.name, () => {
  let http: HttpTestingController;

  async function render(bevestiging?: string) {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(SsoLinkPage);
    fixture.componentRef.setInput('token', 'koppel-token');
    if (bevestiging) fixture.componentRef.setInput('bevestiging', bevestiging);
    const settle = async () => {
      await new Promise((resolve) => setTimeout(resolve));
      await fixture.whenStable();
    };
    TestBed.tick();
    return { fixture, element: fixture.nativeElement as HTMLElement, settle };
  }

  afterEach(() => http?.verify());

  it('links with the account’s password and logs in, signed in through the organisation', async () => {
    const { element, settle } = await render();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    http
      .expectOne('/api/auth/sso/link/koppel-token')
      .flush({ email: 'fatma@voorbeeldstad.nl', organisationName: 'Gemeente Voorbeeldstad' });
    await settle();
    expect(element.querySelector('[data-testid=sso-link-summary]')?.textContent).toContain(
      'Je logde in via Gemeente Voorbeeldstad als fatma@voorbeeldstad.nl',
    );

    const password = element.querySelector<HTMLInputElement>('input[type=password]');
    if (!password) throw new Error('no password field');
    password.value = 'mijn-wachtwoord';
    password.dispatchEvent(new Event('input'));
    element.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    await settle();
    const request = http.expectOne({ method: 'POST', url: '/api/auth/sso/link/koppel-token' });
    expect(request.request.body).toEqual({ password: 'mijn-wachtwoord' });
    request.flush({
      id: '00000000-0000-4000-8000-000000000001',
      email: 'fatma@voorbeeldstad.nl',
      name: 'Fatma Yilmaz',
      locale: 'nl',
      platformAdmin: false,
      emailNotifications: 'each',
      preferredTeamId: null,
      registration: null,
      twoFactor: { enabled: false, required: false, recoveryCodesLeft: 0 },
      organisations: [],
      teams: [],
    });
    await settle();

    expect(navigate).toHaveBeenCalledWith('/');
    expect(TestBed.inject(SessionStore).signedInThrough()).toBe('Gemeente Voorbeeldstad');
  });

  it('says when the link has expired, with the way back to the login', async () => {
    const { element, settle } = await render();
    http.expectOne('/api/auth/sso/link/koppel-token').flush(
      {
        code: 'sso_link_expired',
        message: 'Deze koppeling is verlopen of al gebruikt. Log opnieuw in via je organisatie.',
        correlationId: 'c1',
      },
      { status: 404, statusText: 'Not Found' },
    );
    await settle();

    expect(element.querySelector('[data-testid=sso-link-problem]')?.textContent).toContain(
      'verlopen of al gebruikt',
    );
    expect(element.querySelector('a[href="/inloggen"]')).not.toBeNull();
  });

  const fatma = {
    id: '00000000-0000-4000-8000-000000000001',
    email: 'fatma@voorbeeldstad.nl',
    name: 'Fatma Yilmaz',
    locale: 'nl',
    platformAdmin: false,
    emailNotifications: 'each',
    preferredTeamId: null,
    registration: null,
    twoFactor: { enabled: false, required: false, recoveryCodesLeft: 0 },
    organisations: [],
    teams: [],
  };

  it('mails a link to confirm for an owner without a password at hand', async () => {
    const { element, settle } = await render();
    http
      .expectOne('/api/auth/sso/link/koppel-token')
      .flush({ email: 'fatma@voorbeeldstad.nl', organisationName: 'Gemeente Voorbeeldstad' });
    await settle();

    [...element.querySelectorAll('button')]
      .find((button) => button.textContent?.trim() === 'Mail mij een link om te bevestigen')
      ?.click();
    await settle();
    http
      .expectOne({ method: 'POST', url: '/api/auth/sso/link/koppel-token/mail' })
      .flush(null, { status: 202, statusText: 'Accepted' });
    await settle();

    expect(element.querySelector('[data-testid=sso-link-mailed]')?.textContent).toContain(
      'Er staat een e-mail klaar voor fatma@voorbeeldstad.nl',
    );
  });

  it('confirms with the mailed link only when the owner presses the button', async () => {
    const { element, settle } = await render('de-code-uit-de-mail');
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    http
      .expectOne('/api/auth/sso/link/koppel-token')
      .flush({ email: 'fatma@voorbeeldstad.nl', organisationName: 'Gemeente Voorbeeldstad' });
    await settle();
    expect(element.querySelector('input[type=password]')).toBeNull();
    http.expectNone('/api/auth/sso/link/koppel-token/mail/confirm');

    [...element.querySelectorAll('button')]
      .find((button) => button.textContent?.trim() === 'Koppelen bevestigen')
      ?.click();
    await settle();
    const request = http.expectOne({
      method: 'POST',
      url: '/api/auth/sso/link/koppel-token/mail/confirm',
    });
    expect(request.request.body).toEqual({ code: 'de-code-uit-de-mail' });
    request.flush(fatma);
    await settle();

    expect(navigate).toHaveBeenCalledWith('/');
  });
});
