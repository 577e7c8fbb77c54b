import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { CurrentUser, SsoSettings } from '@leerruimte/shared-contracts';
import { SessionStore } from '@leerruimte/web-identity-data-access';
import { SsoSettingsPage, domainList } from './sso-settings-page';

const organisationId = '00000000-0000-4000-8000-0000000000a1';
const admin: CurrentUser = {
  id: '00000000-0000-4000-8000-000000000001',
  email: 'ada@voorbeeldstad.test',
  name: 'Ada Admin',
  locale: 'nl',
  platformAdmin: false,
  emailNotifications: 'each',
  preferredTeamId: null,
  registration: null,
  twoFactor: { enabled: true, required: true, recoveryCodesLeft: 10 },
  organisations: [{ id: organisationId, name: 'Gemeente Voorbeeldstad', admin: true }],
  teams: [],
};
const uris = {
  redirectUri: 'https://leerruimte.example/api/auth/sso/callback',
  postLogoutRedirectUri: 'https://leerruimte.example/inloggen',
};
const connected: SsoSettings = {
  ...uris,
  connection: {
    issuer: 'https://login.microsoftonline.com/5f1c2a9e-1111-4222-8333-944455556666/v2.0',
    clientId: 'leerruimte',
    tenantId: '5f1c2a9e-1111-4222-8333-944455556666',
    required: false,
    domains: [
      {
        domain: 'voorbeeldstad.nl',
        verifiedAt: null,
        txtRecord: { name: '_leerruimte.voorbeeldstad.nl', value: 'leerruimte-verificatie=abc' },
      },
    ],
  },
};

describe(SsoSettingsPage.name, () => {
  let http: HttpTestingController;

  async function render(settings: SsoSettings) {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(SessionStore).signedIn(admin);
    const fixture = TestBed.createComponent(SsoSettingsPage);
    fixture.componentRef.setInput('organisationId', organisationId);
    const settle = async () => {
      await new Promise((resolve) => setTimeout(resolve));
      await fixture.whenStable();
    };
    TestBed.tick();
    http.expectOne(`/api/organisations/${organisationId}/sso`).flush(settings);
    await settle();
    const element = fixture.nativeElement as HTMLElement;
    const field = (name: string) =>
      element.querySelector<HTMLInputElement>(`[formcontrolname=${name}]`) as HTMLInputElement;
    const type = (name: string, value: string) => {
      field(name).value = value;
      field(name).dispatchEvent(new Event('input'));
    };
    return { element, field, type, settle };
  }

  afterEach(() => http?.verify());

  it('reads domains typed on lines or with commas, once each and in lower case', () => {
    expect(domainList('Gemeente.nl\nwijkteam.nl, gemeente.nl ;  ')).toEqual([
      'gemeente.nl',
      'wijkteam.nl',
    ]);
  });

  it('connects a provider: the URIs to register, then the settings, with the secret', async () => {
    const { element, type, settle } = await render({ ...uris, connection: null });
    expect(element.querySelector('[data-testid=redirect-uri]')?.textContent).toBe(uris.redirectUri);
    expect(element.querySelector('[data-testid=sso-not-set-up]')).not.toBeNull();

    type('issuer', 'https://login.microsoftonline.com/common/v2.0');
    type('clientId', 'leerruimte');
    type('clientSecret', 'geheim');
    type('domains', 'voorbeeldstad.nl');
    element.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    await settle();
    const request = http.expectOne({
      method: 'PUT',
      url: `/api/organisations/${organisationId}/sso`,
    });
    expect(request.request.body).toEqual({
      issuer: 'https://login.microsoftonline.com/common/v2.0',
      clientId: 'leerruimte',
      clientSecret: 'geheim',
      tenantId: null,
      required: false,
      domains: ['voorbeeldstad.nl'],
    });
    request.flush(
      {
        code: 'validation_failed',
        message: 'Niet alle gegevens zijn goed ingevuld.',
        correlationId: 'c1',
        fields: [
          {
            field: 'issuer',
            code: 'issuer_not_tenant',
            message: 'Gebruik de issuer van je eigen tenant.',
          },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();

    expect(element.textContent).toContain('Gebruik de issuer van je eigen tenant.');
  });

  it('keeps the stored secret when it is left empty, and proves a domain on request', async () => {
    const { element, field, settle } = await render(connected);
    expect(field('issuer').value).toBe(connected.connection?.issuer);
    expect(element.textContent).toContain('Bewaard en versleuteld. Laat leeg om het te houden.');
    expect(element.querySelector('[data-testid=sso-domains]')?.textContent).toContain(
      'leerruimte-verificatie=abc',
    );

    element.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    await settle();
    const saved = http.expectOne({
      method: 'PUT',
      url: `/api/organisations/${organisationId}/sso`,
    });
    expect(saved.request.body).not.toHaveProperty('clientSecret');
    saved.flush(connected);
    await settle();

    const verify = [...element.querySelectorAll('button')].find(
      (button) => button.textContent?.trim() === 'voorbeeldstad.nl controleren',
    );
    verify?.click();
    await settle();
    const checked = http.expectOne({
      method: 'POST',
      url: `/api/organisations/${organisationId}/sso/domains/voorbeeldstad.nl/verify`,
    });
    const domain = connected.connection?.domains[0];
    checked.flush({
      ...connected,
      connection: {
        ...connected.connection,
        domains: [{ ...domain, verifiedAt: '2026-12-07T10:00:00Z' }],
      },
    });
    await settle();

    expect(element.querySelector('[data-testid=sso-message]')?.textContent).toContain(
      'voorbeeldstad.nl is bevestigd.',
    );
    expect(element.querySelector('[data-testid=sso-domains]')?.textContent).toContain(
      'Bevestigd op 07-12-2026',
    );
  });
});
