import type { MomentSchedule } from '@leerruimte/shared-contracts';
import { momentsBetween } from './upcoming-moments';

const schedule = (overrides: Partial<MomentSchedule>): MomentSchedule => ({
  timeZone: 'Europe/Amsterdam',
  time: '15:00',
  startDate: '2026-11-02',
  recurrence: { kind: 'weekly', days: [5], intervalWeeks: 1 },
  workingDays: [1, 2, 3, 4, 5],
  ...overrides,
});

// Sunday 22 November 2026, noon in Amsterdam, and a week later.
const now = new Date('2026-11-22T11:00:00Z');
const weekLater = new Date('2026-11-29T11:00:00Z');

describe(momentsBetween.name, () => {
  it('lists what is delivered between the two moments, in time order', () => {
    const sut = momentsBetween(
      [
        {
          id: 'weekly-friday',
          team_id: 'noord',
          team_name: 'Noord',
          question: 'Wat leerde je?',
          schedule: schedule({}),
          last_planned_at: null,
        },
        {
          id: 'every-other-tuesday',
          team_id: 'centrum',
          team_name: 'Centrum',
          question: 'Wat probeerde je?',
          schedule: schedule({
            time: '09:00',
            startDate: '2026-11-09',
            recurrence: { kind: 'weekly', days: [2], intervalWeeks: 2 },
          }),
          last_planned_at: null,
        },
      ],
      now,
      weekLater,
    );

    expect(sut).toEqual([
      {
        momentId: 'every-other-tuesday',
        teamId: 'centrum',
        teamName: 'Centrum',
        question: 'Wat probeerde je?',
        plannedAt: new Date('2026-11-24T08:00:00.000Z'),
        at: new Date('2026-11-24T08:00:00.000Z'),
      },
      {
        momentId: 'weekly-friday',
        teamId: 'noord',
        teamName: 'Noord',
        question: 'Wat leerde je?',
        plannedAt: new Date('2026-11-27T14:00:00.000Z'),
        at: new Date('2026-11-27T14:00:00.000Z'),
      },
    ]);
  });

  it('lists a daily moment once per day', () => {
    const sut = momentsBetween(
      [
        {
          id: 'daily',
          team_id: 'noord',
          team_name: 'Noord',
          question: 'Hoe ging het?',
          schedule: schedule({
            recurrence: { kind: 'weekly', days: [1, 2, 3, 4, 5, 6, 7], intervalWeeks: 1 },
            workingDays: [1, 2, 3, 4, 5, 6, 7],
          }),
          last_planned_at: null,
        },
      ],
      now,
      weekLater,
    );

    expect(sut.map((moment) => moment.at.toISOString())).toEqual([
      '2026-11-22T14:00:00.000Z',
      '2026-11-23T14:00:00.000Z',
      '2026-11-24T14:00:00.000Z',
      '2026-11-25T14:00:00.000Z',
      '2026-11-26T14:00:00.000Z',
      '2026-11-27T14:00:00.000Z',
      '2026-11-28T14:00:00.000Z',
    ]);
  });

  it('leaves out what lies beyond the end or has ended', () => {
    const sut = momentsBetween(
      [
        {
          id: 'once-next-month',
          team_id: 'noord',
          team_name: 'Noord',
          question: 'Later',
          schedule: schedule({ startDate: '2026-12-15', recurrence: { kind: 'once' } }),
          last_planned_at: null,
        },
        {
          id: 'ended',
          team_id: 'noord',
          team_name: 'Noord',
          question: 'Voorbij',
          schedule: schedule({ endDate: '2026-11-20' }),
          last_planned_at: new Date('2026-11-20T14:00:00Z'),
        },
      ],
      now,
      weekLater,
    );

    expect(sut).toEqual([]);
  });
});
