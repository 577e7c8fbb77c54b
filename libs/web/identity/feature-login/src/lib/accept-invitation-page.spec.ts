import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { InvitationPreview } from '@leerruimte/shared-contracts';
import { AcceptInvitationPage } from './accept-invitation-page';

describe(AcceptInvitationPage.name, () => {
  let http: HttpTestingController;

  async function render(preview: InvitationPreview) {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(AcceptInvitationPage);
    fixture.componentRef.setInput('token', 'uitnodiging-token');
    TestBed.tick();
    http.expectOne('/api/invitations/uitnodiging-token').flush(preview);
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const preview: InvitationPreview = {
    email: 'nina@voorbeeldstad.nl',
    teamName: 'Wijkteam Oost',
    organisationName: 'Gemeente Voorbeeldstad',
    accountExists: false,
    sso: null,
  };

  afterEach(() => http?.verify());

  it('asks a new person for a name and a password when the organisation has no sign-in of its own', async () => {
    const element = await render(preview);

    expect(element.querySelector('input[type=password]')).not.toBeNull();
    expect(element.querySelector('[data-testid=invitation-sso]')).toBeNull();
  });

  it('sends someone whose organisation requires its own sign-in there, without a password form', async () => {
    const element = await render({
      ...preview,
      sso: { organisationName: 'Gemeente Voorbeeldstad', required: true },
    });

    expect(element.querySelector('[data-testid=invitation-sso]')?.textContent).toContain(
      'de uitnodiging wordt dan meteen aangenomen',
    );
    expect(element.querySelector('[data-testid=invitation-sso-start]')?.getAttribute('href')).toBe(
      '/api/auth/sso/start?email=nina%40voorbeeldstad.nl&terug=%2F',
    );
    expect(element.querySelector('input[type=password]')).toBeNull();
  });

  it('offers both when the organisation’s sign-in is not required', async () => {
    const element = await render({
      ...preview,
      sso: { organisationName: 'Gemeente Voorbeeldstad', required: false },
    });

    expect(element.querySelector('[data-testid=invitation-sso-start]')).not.toBeNull();
    expect(element.textContent).toContain('Of maak een account met een wachtwoord:');
    expect(element.querySelector('input[type=password]')).not.toBeNull();
  });
});
