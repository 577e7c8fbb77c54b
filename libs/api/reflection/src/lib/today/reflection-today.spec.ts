import type { TodayViewer } from '@leerruimte/api-core';
import type { MomentSchedule } from '@leerruimte/shared-contracts';
import { upcomingMoments } from './reflection-today';

const viewer: TodayViewer = {
  userId: 'u',
  teams: [
    { teamId: 'noord', teamName: 'Noord', organisationId: 'o', role: 'professional' },
    { teamId: 'centrum', teamName: 'Centrum', organisationId: 'o', role: 'professional' },
  ],
  administers: [],
  platformAdmin: false,
};

const schedule = (overrides: Partial<MomentSchedule>): MomentSchedule => ({
  timeZone: 'Europe/Amsterdam',
  time: '15:00',
  startDate: '2026-11-02',
  recurrence: { kind: 'weekly', days: [5], intervalWeeks: 1 },
  workingDays: [1, 2, 3, 4, 5],
  ...overrides,
});

// Sunday 22 November 2026, noon in Amsterdam.
const now = new Date('2026-11-22T11:00:00Z');

describe(upcomingMoments.name, () => {
  it('lists what reaches me in the coming seven days, in time order', () => {
    const sut = upcomingMoments(
      [
        {
          id: 'weekly-friday',
          team_id: 'noord',
          question: 'Wat leerde je?',
          schedule: schedule({}),
          last_planned_at: null,
        },
        {
          id: 'every-other-tuesday',
          team_id: 'centrum',
          question: 'Wat probeerde je?',
          schedule: schedule({
            time: '09:00',
            startDate: '2026-11-09',
            recurrence: { kind: 'weekly', days: [2], intervalWeeks: 2 },
          }),
          last_planned_at: null,
        },
      ],
      viewer,
      now,
    );

    expect(sut).toEqual([
      {
        momentId: 'every-other-tuesday',
        teamId: 'centrum',
        teamName: 'Centrum',
        question: 'Wat probeerde je?',
        at: '2026-11-24T08:00:00.000Z',
      },
      {
        momentId: 'weekly-friday',
        teamId: 'noord',
        teamName: 'Noord',
        question: 'Wat leerde je?',
        at: '2026-11-27T14:00:00.000Z',
      },
    ]);
  });

  it('lists a daily moment once per day of the week ahead', () => {
    const sut = upcomingMoments(
      [
        {
          id: 'daily',
          team_id: 'noord',
          question: 'Hoe ging het?',
          schedule: schedule({
            recurrence: { kind: 'weekly', days: [1, 2, 3, 4, 5, 6, 7], intervalWeeks: 1 },
            workingDays: [1, 2, 3, 4, 5, 6, 7],
          }),
          last_planned_at: null,
        },
      ],
      viewer,
      now,
    );

    expect(sut.map((moment) => moment.at)).toEqual([
      '2026-11-22T14:00:00.000Z',
      '2026-11-23T14:00:00.000Z',
      '2026-11-24T14:00:00.000Z',
      '2026-11-25T14:00:00.000Z',
      '2026-11-26T14:00:00.000Z',
      '2026-11-27T14:00:00.000Z',
      '2026-11-28T14:00:00.000Z',
    ]);
  });

  it('leaves out what lies beyond the week or has ended', () => {
    const sut = upcomingMoments(
      [
        {
          id: 'once-next-month',
          team_id: 'noord',
          question: 'Later',
          schedule: schedule({ startDate: '2026-12-15', recurrence: { kind: 'once' } }),
          last_planned_at: null,
        },
        {
          id: 'ended',
          team_id: 'noord',
          question: 'Voorbij',
          schedule: schedule({ endDate: '2026-11-20' }),
          last_planned_at: new Date('2026-11-20T14:00:00Z'),
        },
      ],
      viewer,
      now,
    );

    expect(sut).toEqual([]);
  });
});
