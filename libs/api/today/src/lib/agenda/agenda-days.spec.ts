import type { AgendaItem } from '@leerruimte/shared-contracts';
import { agendaByDay, agendaWindow } from './agenda-days';

const moment = (at: string, teamName = 'Noord', question = 'Wat leerde je?'): AgendaItem => ({
  kind: 'reflection_moment',
  momentId: '00000000-0000-4000-8000-000000000001',
  question,
  at,
  teamId: '00000000-0000-4000-8000-00000000000a',
  teamName,
  link: '/reflecties',
});

const due = (dueDate: string, title = 'Bewust leren', teamName = 'Noord'): AgendaItem => ({
  kind: 'assignment_due',
  assignmentId: '00000000-0000-4000-8000-000000000002',
  title,
  dueDate,
  completedLessons: 1,
  lessonCount: 4,
  teamId: '00000000-0000-4000-8000-00000000000a',
  teamName,
  link: '/leren/bewust-leren',
});

describe(agendaWindow.name, () => {
  it('runs from now to the end of the last day in Amsterdam', () => {
    // Tuesday 8 December 2026, 23:30 in Amsterdam.
    const sut = agendaWindow(new Date('2026-12-08T22:30:00Z'), 14);

    expect(sut).toEqual({
      from: new Date('2026-12-08T22:30:00Z'),
      until: new Date('2026-12-21T23:00:00Z'),
      firstDay: '2026-12-08',
      lastDay: '2026-12-21',
    });
  });

  it('is the rest of today for one day', () => {
    const sut = agendaWindow(new Date('2026-12-08T10:00:00Z'), 1);

    expect([sut.firstDay, sut.lastDay, sut.until]).toEqual([
      '2026-12-08',
      '2026-12-08',
      new Date('2026-12-08T23:00:00Z'),
    ]);
  });

  it('ends at local midnight across the change to winter time', () => {
    // Saturday 24 October 2026, noon; the clocks go back in the night to Sunday.
    const sut = agendaWindow(new Date('2026-10-24T10:00:00Z'), 3);

    expect(sut.until).toEqual(new Date('2026-10-26T23:00:00Z'));
  });
});

describe(agendaByDay.name, () => {
  const window = agendaWindow(new Date('2026-10-24T10:00:00Z'), 5);

  it('groups by day in Amsterdam, also around the change to winter time', () => {
    const sut = agendaByDay(
      [
        // 00:30 on Monday the 26th in winter time (CET), still the 25th in UTC.
        moment('2026-10-25T23:30:00.000Z'),
        // 00:30 on Sunday the 25th in summer time (CEST), the 24th in UTC.
        moment('2026-10-24T22:30:00.000Z'),
        due('2026-10-26'),
      ],
      window,
    );

    expect(sut.days.map((day) => [day.date, day.items.map((item) => item.kind)])).toEqual([
      ['2026-10-25', ['reflection_moment']],
      ['2026-10-26', ['assignment_due', 'reflection_moment']],
    ]);
    expect([sut.from, sut.until]).toEqual(['2026-10-24', '2026-10-28']);
  });

  it('puts due dates first in a day, then moments by time, then by team', () => {
    const sut = agendaByDay(
      [
        moment('2026-10-27T14:00:00.000Z', 'Noord', 'Middag'),
        moment('2026-10-27T08:00:00.000Z', 'Zuid', 'Ochtend in Zuid'),
        moment('2026-10-27T08:00:00.000Z', 'Centrum', 'Ochtend in Centrum'),
        due('2026-10-27', 'Werken met netwerken', 'Zuid'),
        due('2026-10-27', 'Bewust leren', 'Centrum'),
      ],
      window,
    );

    expect(
      sut.days[0].items.map((item) =>
        item.kind === 'reflection_moment' ? item.question : item.title,
      ),
    ).toEqual([
      'Bewust leren',
      'Werken met netwerken',
      'Ochtend in Centrum',
      'Ochtend in Zuid',
      'Middag',
    ]);
  });

  it('leaves out what lies outside the days and shows no empty days', () => {
    const sut = agendaByDay([due('2026-10-23'), due('2026-10-29'), due('2026-10-28')], window);

    expect(sut.days.map((day) => day.date)).toEqual(['2026-10-28']);
  });
});
