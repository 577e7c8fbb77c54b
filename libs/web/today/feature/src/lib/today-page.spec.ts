import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { CurrentUser, Today } from '@leerruimte/shared-contracts';
import { SessionStore } from '@leerruimte/web-identity-data-access';
import { TodayPage } from './today-page';

const noord = '00000000-0000-4000-8000-00000000000a';
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
      id: noord,
      name: 'Wijkteam Noord',
      organisationId: 'o',
      organisationName: 'G',
      role: 'team_lead',
    },
  ],
};

const empty: Today = {
  prompts: [],
  assignments: [],
  continueLearning: null,
  moments: [],
  agenda: [],
  ledTeams: [],
  organisations: [],
  platform: null,
};

describe(TodayPage.name, () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
  });

  async function render(today: Today, user: CurrentUser = fatma) {
    TestBed.inject(SessionStore).signedIn(user);
    const fixture = TestBed.createComponent(TodayPage);
    TestBed.tick();
    TestBed.inject(HttpTestingController).expectOne('/api/today').flush(today);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }
  const section = (element: HTMLElement, id: string) =>
    element.querySelector<HTMLElement>(`[data-testid=${id}]`);

  it('links an open prompt straight to its answer, and marks one answered already', async () => {
    const closesAt = new Date(Date.now() + 2 * 86_400_000 + 60_000).toISOString();
    const element = await render({
      ...empty,
      prompts: [
        {
          occurrenceId: '00000000-0000-4000-8000-0000000000b1',
          kind: 'question',
          question: 'Wat leerde je van een collega?',
          teamId: noord,
          teamName: 'Wijkteam Noord',
          closesAt,
          answered: false,
        },
        {
          occurrenceId: '00000000-0000-4000-8000-0000000000b2',
          kind: 'question',
          question: 'Wat deed je anders?',
          teamId: noord,
          teamName: 'Wijkteam Noord',
          closesAt,
          answered: true,
        },
      ],
    });

    const prompts = section(element, 'today-prompts');
    const links = [...(prompts?.querySelectorAll('a') ?? [])];
    expect(links.map((anchor) => anchor.textContent?.trim())).toEqual([
      'Beantwoorden',
      'Antwoord bekijken',
    ]);
    expect(links[0].getAttribute('href')).toBe('/reflecties/00000000-0000-4000-8000-0000000000b1');
    expect(prompts?.textContent).toMatch(/sluit overmorgen om \d\d:\d\d/);
    expect(prompts?.textContent).toContain('Beantwoord; je kunt het aanpassen');
  });

  it('says what to do next when there is nothing, instead of an empty page', async () => {
    const element = await render(empty);

    expect(section(element, 'today-prompts')?.textContent).toContain(
      'Er staat geen reflectievraag voor je open.',
    );
    expect(section(element, 'today-assignments')?.querySelector('a')?.getAttribute('href')).toBe(
      '/leren',
    );
    expect(section(element, 'today-agenda')?.textContent).toContain('Zet er een op');
    expect(section(element, 'today-moments')?.textContent).toContain('Geen reflectiemomenten');
    // The whole agenda is one link away, with or without moments this week.
    expect(section(element, 'today-moments')?.querySelector('a')?.getAttribute('href')).toBe(
      '/agenda',
    );
  });

  it('shows an overdue assignment as overdue, with its date in Dutch', async () => {
    const element = await render({
      ...empty,
      assignments: [
        {
          assignmentId: '00000000-0000-4000-8000-0000000000c1',
          teamName: 'Wijkteam Noord',
          dueDate: '2026-11-30',
          overdue: true,
          module: { slug: 'bewust-leren', title: 'Bewust leren', lessonCount: 5 },
          completedLessons: 2,
        },
      ],
    });

    const assignment = section(element, 'today-assignments');
    expect(assignment?.querySelector('.overdue')?.textContent?.trim()).toBe(
      'te laat: af vóór 30-11-2026',
    );
    expect(assignment?.textContent).toContain('2 van 5 lessen af');
    expect(assignment?.querySelector('a')?.getAttribute('href')).toBe('/leren/bewust-leren');
  });

  it('gives a team leader the response rate of the last prompt, never answers', async () => {
    const element = await render({
      ...empty,
      ledTeams: [
        {
          teamId: noord,
          teamName: 'Wijkteam Noord',
          lastPrompt: {
            momentId: '00000000-0000-4000-8000-0000000000d1',
            question: 'Wat leerde je?',
            deliveredAt: '2026-12-04T14:00:00.000Z',
            asked: 8,
            answered: 5,
          },
          experimentsToEvaluate: [
            {
              experimentId: '00000000-0000-4000-8000-0000000000e1',
              title: 'Eerst vragen wat de bewoner wil',
              since: '2026-12-01T09:00:00.000Z',
            },
          ],
        },
      ],
    });

    const lead = section(element, 'today-lead');
    expect(lead?.textContent).toContain('5 van 8 beantwoord');
    expect(
      lead?.querySelector('a[href$="/experimenten/00000000-0000-4000-8000-0000000000e1"]'),
    ).not.toBeNull();
  });

  it('shows an organisation admin each team, with suppressed figures said in words', async () => {
    const element = await render(
      {
        ...empty,
        organisations: [
          {
            organisationId: 'o',
            organisationName: 'Gemeente Voorbeeldstad',
            minimumGroupSize: 5,
            teams: [
              {
                teamId: noord,
                teamName: 'Wijkteam Noord',
                memberCount: 3,
                modulesCompleted: null,
                participation: 0.75,
                experimentsStarted: 2,
              },
            ],
          },
        ],
      },
      { ...fatma, teams: [], organisations: [{ id: 'o', name: 'G', admin: true }] },
    );

    const organisation = section(element, 'today-organisation');
    expect(organisation?.textContent).toContain('Teams van Gemeente Voorbeeldstad');
    expect(organisation?.querySelector('.suppressed')?.textContent?.trim()).toBe(
      'te weinig deelnemers',
    );
    expect(organisation?.textContent).toContain('75%');
    // Without a team, no empty lists of a professional's work; one sentence says why.
    expect(section(element, 'today-prompts')).toBeNull();
    expect(element.textContent).toContain('Je bent nog geen lid van een team.');
  });
});
