import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MediaMatcher } from '@angular/cdk/layout';
import { Component } from '@angular/core';
import { Router, provideRouter } from '@angular/router';
import { SessionStore } from '@leerruimte/web-identity-data-access';
import type { CurrentUser } from '@leerruimte/shared-contracts';
import { AppShell } from './app-shell';

const team = (id: string, name: string) => ({
  id,
  name,
  organisationId: 'o',
  organisationName: 'Gemeente Voorbeeldstad',
  role: 'professional' as const,
});

@Component({ template: '' })
class Blank {}

const fatma: CurrentUser = {
  id: 'u',
  email: 'fatma@voorbeeldstad.test',
  name: 'Fatma Yilmaz',
  locale: 'nl',
  platformAdmin: false,
  emailNotifications: 'each',
  preferredTeamId: null,
  registration: null,
  twoFactor: { enabled: false, required: false, recoveryCodesLeft: 0 },
  organisations: [],
  teams: [team('c', 'Wijkteam Centrum'), team('n', 'Wijkteam Noord')],
};

/** A screen as wide as a phone: every media query matches. */
const phone = {
  provide: MediaMatcher,
  useValue: {
    matchMedia: (query: string) =>
      ({
        matches: true,
        media: query,
        addListener: () => undefined,
        removeListener: () => undefined,
      }) as unknown as MediaQueryList,
  },
};

async function renderAs(user: CurrentUser | null) {
  const fixture = TestBed.createComponent(AppShell);
  const loading = TestBed.inject(SessionStore).load();
  TestBed.inject(HttpTestingController).expectOne('/api/auth/session').flush({ user });
  await loading;
  await fixture.whenStable();
  return fixture.nativeElement as HTMLElement;
}

describe(`${AppShell.name} with a session`, () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
  });

  it('offers a visitor the login link and no team switcher', async () => {
    const element = await renderAs(null);

    expect(element.querySelector('a.login')?.textContent?.trim()).toBe('Inloggen');
    expect(element.querySelector('#team-switcher')).toBeNull();
  });

  it('shows the name and a labelled team switcher to someone in two teams', async () => {
    const element = await renderAs({
      id: 'u',
      email: 'fatma@voorbeeldstad.test',
      name: 'Fatma Yilmaz',
      locale: 'nl',
      platformAdmin: false,
      emailNotifications: 'each',
      preferredTeamId: null,
      registration: null,
      twoFactor: { enabled: false, required: false, recoveryCodesLeft: 0 },
      organisations: [],
      teams: [team('c', 'Wijkteam Centrum'), team('n', 'Wijkteam Noord')],
    });

    expect(element.querySelector('button.user-menu')?.textContent?.trim()).toBe('Fatma Yilmaz');
    expect(element.querySelector('label[for=team-switcher]')?.textContent).toBe('Team');
    const options = [...element.querySelectorAll('#team-switcher option')].map((option) =>
      option.textContent?.trim(),
    );
    expect(options).toEqual(['Wijkteam Centrum', 'Wijkteam Noord']);
    expect(element.querySelector('a.login')).toBeNull();
    // The learning board is for every member of the chosen team, not only its leader.
    const board = [...element.querySelectorAll('nav a')].find(
      (anchor) => anchor.textContent?.trim() === 'Leerbord',
    );
    expect(board?.getAttribute('href')).toBe('/team/c/leerbord');
  });

  it('tells an admin without two-factor authentication to turn it on', async () => {
    const element = await renderAs({
      id: 'u',
      email: 'anouk@voorbeeldstad.test',
      name: 'Anouk de Bruijn',
      locale: 'nl',
      platformAdmin: false,
      emailNotifications: 'each',
      preferredTeamId: null,
      registration: null,
      twoFactor: { enabled: false, required: true, recoveryCodesLeft: 0 },
      organisations: [{ id: 'o', name: 'Gemeente Voorbeeldstad', admin: true }],
      teams: [],
    });

    const notice = element.querySelector('[data-testid=two-factor-needed]');
    expect(notice?.textContent).toContain('zet tweestapsverificatie aan');
    expect(notice?.querySelector('a')?.getAttribute('href')).toBe('/profiel');
  });

  it('links an organisation admin and a team leader to their team-development report', async () => {
    const navLinks = (element: HTMLElement) =>
      [...element.querySelectorAll('nav a')]
        .filter((anchor) => anchor.textContent?.trim() === 'Teamontwikkeling')
        .map((anchor) => anchor.getAttribute('href'));
    const lead = {
      id: 'u',
      email: 'joost@voorbeeldstad.test',
      name: 'Joost Bakker',
      locale: 'nl' as const,
      platformAdmin: false,
      emailNotifications: 'each' as const,
      preferredTeamId: null,
      registration: null,
      twoFactor: { enabled: true, required: true, recoveryCodesLeft: 8 },
      organisations: [],
      teams: [{ ...team('c', 'Wijkteam Centrum'), role: 'team_lead' as const }],
    };

    expect(navLinks(await renderAs(lead))).toEqual(['/team/c/teamontwikkeling']);

    TestBed.resetTestingModule();
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    // Also admin of the team's organisation: one link, to the organisation's report.
    const admin = await renderAs({
      ...lead,
      organisations: [{ id: 'o', name: 'Gemeente Voorbeeldstad', admin: true }],
    });
    expect(navLinks(admin)).toEqual(['/organisatie/o/teamontwikkeling']);
  });

  it('follows the team of the page opened, highlights the page, and remembers the team', async () => {
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: '**', component: Blank }]),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    const element = await renderAs(fatma);
    const http = TestBed.inject(HttpTestingController);

    await TestBed.inject(Router).navigateByUrl('/team/n/leerbord/vragen/q1');
    await TestBed.inject(Router).navigateByUrl('/team/n/leerbord');
    TestBed.tick();
    // RouterLinkActive marks the current page a microtask after it renders.
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();

    expect(element.querySelector<HTMLSelectElement>('#team-switcher')?.value).toBe('n');
    const saved = http.expectOne({ method: 'PATCH', url: '/api/me' });
    expect(saved.request.body).toEqual({ preferredTeamId: 'n' });
    const current = element.querySelector('nav a[aria-current=page]');
    expect(current?.textContent?.trim()).toBe('Leerbord');
    expect(current?.getAttribute('href')).toBe('/team/n/leerbord');
  });

  it('folds the menu into a drawer on a phone, with the page behind it inert, which Escape closes', async () => {
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), phone],
    });
    const element = await renderAs(fatma);
    const menuButton = element.querySelector<HTMLButtonElement>('button.menu-button');
    const drawer = element.querySelector('nav#navigatie');

    expect(menuButton?.getAttribute('aria-expanded')).toBe('false');
    expect(drawer?.classList).not.toContain('open');
    // Account and language live in the drawer, not in the narrow header.
    expect(element.querySelector('header button.user-menu')).toBeNull();
    expect(element.querySelector('header button.language')).toBeNull();

    menuButton?.click();
    TestBed.tick();
    expect(menuButton?.getAttribute('aria-expanded')).toBe('true');
    // Focus moves into the drawer, to its first link.
    expect(document.activeElement?.textContent?.trim()).toBe('Vandaag');
    expect(drawer?.classList).toContain('open');
    expect(drawer?.querySelector('button.language')?.textContent?.trim()).toBe('English');
    // The page behind it is out of reach; the header, with the button that closes it, is not.
    expect(element.querySelector('main')?.hasAttribute('inert')).toBe(true);
    expect(element.querySelector('footer')?.hasAttribute('inert')).toBe(true);
    expect(element.querySelector('header')?.hasAttribute('inert')).toBe(false);

    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    TestBed.tick();
    expect(drawer?.classList).not.toContain('open');
    expect(document.activeElement).toBe(menuButton);
    expect(element.querySelector('main')?.hasAttribute('inert')).toBe(false);
  });
});
