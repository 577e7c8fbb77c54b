import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { OrganisationTraining } from '@leerruimte/shared-contracts';
import { OrganisationTrainingsPage } from './organisation-trainings-page';

const plan: OrganisationTraining = {
  planId: '00000000-0000-4000-8000-000000000001',
  title: 'Werken met de beroepscode',
  plannedAt: '2026-12-07T10:00:00.000Z',
  teams: [
    {
      teamId: 'noord',
      teamName: 'Wijkteam Noord',
      trainingId: 't1',
      sessions: [
        {
          date: '2027-01-11',
          startTime: '09:30',
          endTime: '12:30',
          booked: 6,
          capacity: 6,
          waiting: 2,
          calledOff: false,
        },
      ],
    },
    {
      teamId: 'oost',
      teamName: 'Wijkteam Oost',
      trainingId: 't2',
      sessions: [
        {
          date: '2027-01-11',
          startTime: '09:30',
          endTime: '12:30',
          booked: 0,
          capacity: 6,
          waiting: 0,
          calledOff: true,
        },
      ],
    },
  ],
};

describe(OrganisationTrainingsPage.name, () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  async function render(plans: OrganisationTraining[]) {
    const fixture = TestBed.createComponent(OrganisationTrainingsPage);
    fixture.componentRef.setInput('organisationId', 'org');
    TestBed.tick();
    backend.expectOne('/api/organisations/org/trainings').flush(plans);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('shows per team the places taken per session, who waits, and what is called off', async () => {
    const element = await render([plan]);
    const teams = [...element.querySelectorAll('.plan-teams > li')].map((team) =>
      team.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(teams).toEqual([
      'Wijkteam Noord maandag 11-01-2027, 09:30: 6 van 6 plekken bezet · 2 op de wachtlijst',
      'Wijkteam Oost maandag 11-01-2027, 09:30: Gaat niet door',
    ]);
    expect(element.querySelector('h2')?.textContent).toBe('Werken met de beroepscode');
    expect(element.textContent).toContain('voor 2 teams');
    expect(element.querySelector('a')?.getAttribute('href')).toBe(
      '/organisatie/org/trainingen/nieuw',
    );
  });

  it('says what to do when nothing is planned for teams yet', async () => {
    const element = await render([]);
    expect(element.textContent).toContain('Je hebt nog geen training voor meerdere teams gepland.');
  });
});
