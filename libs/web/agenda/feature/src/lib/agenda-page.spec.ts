import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Agenda } from '@leerruimte/shared-contracts';
import { AgendaPage } from './agenda-page';

const noord = '00000000-0000-4000-8000-00000000000a';

/** A calendar date `days` from today in Amsterdam. */
function dayFromToday(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(
    new Date(Date.now() + days * 86_400_000),
  );
}

/** 15:00 in Amsterdam on that date, as the API sends it (the test's zone may be any). */
function threePm(date: string): string {
  const probe = new Date(`${date}T15:00:00Z`);
  const amsterdamHour = Number(
    new Intl.DateTimeFormat('en-GB', {
      hour: '2-digit',
      hourCycle: 'h23',
      timeZone: 'Europe/Amsterdam',
    }).format(probe),
  );
  return new Date(probe.getTime() - (amsterdamHour - 15) * 3_600_000).toISOString();
}

function agenda(days: Agenda['days']): Agenda {
  return { from: dayFromToday(0), until: dayFromToday(13), days };
}

describe(AgendaPage.name, () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
  });

  async function render(answer: Agenda) {
    const fixture = TestBed.createComponent(AgendaPage);
    TestBed.tick();
    TestBed.inject(HttpTestingController).expectOne('/api/agenda?days=14').flush(answer);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  it('lists items by day: today and tomorrow by name, then the weekday and date', async () => {
    const inThree = dayFromToday(3);
    const { element } = await render(
      agenda([
        {
          date: dayFromToday(0),
          items: [
            {
              kind: 'assignment_due',
              assignmentId: '00000000-0000-4000-8000-0000000000c1',
              title: 'Bewust leren',
              dueDate: dayFromToday(0),
              completedLessons: 1,
              lessonCount: 4,
              teamId: noord,
              teamName: 'Wijkteam Noord',
              link: '/leren/bewust-leren',
            },
          ],
        },
        {
          date: dayFromToday(1),
          items: [
            {
              kind: 'reflection_moment',
              momentId: '00000000-0000-4000-8000-0000000000b1',
              question: 'Wat leerde je van een collega?',
              at: threePm(dayFromToday(1)),
              teamId: noord,
              teamName: 'Wijkteam Noord',
              link: '/reflecties',
            },
          ],
        },
        {
          date: inThree,
          items: [
            {
              kind: 'reflection_moment',
              momentId: '00000000-0000-4000-8000-0000000000b2',
              question: 'Wat deed je anders?',
              at: threePm(inThree),
              teamId: noord,
              teamName: 'Wijkteam Centrum',
              link: '/reflecties',
            },
          ],
        },
      ]),
    );

    const headings = [...element.querySelectorAll('h2')].map((h2) => h2.textContent?.trim());
    const [year, month, day] = inThree.split('-');
    expect(headings[0]).toMatch(/^Vandaag\s+\w+dag \d\d-\d\d-\d{4}$/);
    expect(headings[1]).toMatch(/^Morgen\s+\w+dag/);
    expect(headings[2]).toMatch(new RegExp(`^[A-Z]\\w+dag ${day}-${month}-${year}$`));
    const days = [...element.querySelectorAll<HTMLElement>('[data-testid=agenda-day]')];
    expect(days[0].textContent).toContain('hele dag');
    expect(days[0].textContent).toContain('voor Wijkteam Noord · 1 van 4 lessen af');
    expect(days[0].querySelector('a')?.getAttribute('href')).toBe('/leren/bewust-leren');
    expect(days[1].textContent).toContain('15:00');
    expect(days[1].querySelector('a')?.textContent?.trim()).toBe('Wat leerde je van een collega?');
    expect(days[1].querySelector('a')?.getAttribute('href')).toBe('/reflecties');
    expect(element.querySelector('[data-testid=agenda-summary]')?.textContent).toBe(
      'De komende 14 dagen: 2 reflectiemomenten en 1 module om af te ronden.',
    );
  });

  it('shows a training session with its time, place and end, and a place on the waiting list', async () => {
    const inTwo = dayFromToday(2);
    const session = {
      kind: 'training_session' as const,
      sessionId: '00000000-0000-4000-8000-0000000000d1',
      title: 'Sociale NetwerkStrategieën',
      at: threePm(inTwo),
      endsAt: new Date(Date.parse(threePm(inTwo)) + 2 * 3_600_000).toISOString(),
      place: 'Wijkcentrum De Linde',
      state: 'waiting' as const,
      teamId: noord,
      teamName: 'Wijkteam Noord',
      link: `/team/${noord}/trainingen`,
    };
    const { element } = await render(agenda([{ date: inTwo, items: [session] }]));

    const day = element.querySelector<HTMLElement>('[data-testid=agenda-day]');
    expect(day?.textContent).toContain('15:00');
    expect(day?.textContent).toContain('Training');
    expect(day?.textContent).toContain('van Wijkteam Noord · Wijkcentrum De Linde · tot 17:00');
    expect(day?.textContent).toContain('je staat op de wachtlijst');
    expect(day?.querySelector('a')?.getAttribute('href')).toBe(`/team/${noord}/trainingen`);
    expect(element.querySelector('[data-testid=agenda-summary]')?.textContent).toBe(
      'De komende 14 dagen: geen reflectiemomenten, geen modules om af te ronden en 1 trainingsbijeenkomst.',
    );
  });

  it('says what to do when nothing is coming', async () => {
    const { element } = await render(agenda([]));

    expect(element.querySelector('.empty')?.textContent).toContain(
      'Er staat de komende 14 dagen niets in je agenda.',
    );
    expect(element.querySelector('.empty a')?.getAttribute('href')).toBe('/leren');
    expect(element.querySelector('[data-testid=agenda-summary]')?.textContent).toBe(
      'De komende 14 dagen: geen reflectiemomenten en geen modules om af te ronden.',
    );
    expect(element.querySelector('.calendar a')?.getAttribute('href')).toBe('/reflecties');
  });

  it('looks sixty days ahead on request and moves the focus to what it found', async () => {
    const { fixture, element } = await render(agenda([]));

    element.querySelector<HTMLButtonElement>('.further button')?.click();
    TestBed.tick();
    TestBed.inject(HttpTestingController)
      .expectOne('/api/agenda?days=60')
      .flush({ ...agenda([]), until: dayFromToday(59) });
    await fixture.whenStable();

    const summary = element.querySelector('[data-testid=agenda-summary]');
    expect(summary?.textContent).toContain('De komende 60 dagen');
    expect(document.activeElement).toBe(summary);
    expect(element.querySelector('.further')).toBeNull();
  });
});
