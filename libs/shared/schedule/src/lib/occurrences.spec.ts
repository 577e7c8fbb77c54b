import { type Schedule, nextOccurrences } from './occurrences';

const weekdays = [1, 2, 3, 4, 5] as Schedule['workingDays'];
const everyDay = [1, 2, 3, 4, 5, 6, 7] as Schedule['workingDays'];

function schedule(overrides: Partial<Schedule>): Schedule {
  return {
    timeZone: 'Europe/Amsterdam',
    time: '15:00',
    startDate: '2026-11-23',
    recurrence: { kind: 'once' },
    workingDays: everyDay,
    ...overrides,
  };
}

/** The fake clock: "now" is whatever the test passes as `after`. */
const at = (iso: string) => new Date(iso);
const delivered = (plan: Schedule, after: string, count = 5) =>
  nextOccurrences(plan, at(after), count).map((occurrence) => occurrence.deliverAt.toISOString());

describe(nextOccurrences.name, () => {
  it('plans a single moment once, in local time', () => {
    expect(delivered(schedule({}), '2026-11-22T12:00:00Z')).toEqual(['2026-11-23T14:00:00.000Z']);
    expect(delivered(schedule({}), '2026-11-23T14:00:00Z')).toEqual([]);
  });

  it('repeats weekly on the chosen days', () => {
    const plan = schedule({ recurrence: { kind: 'weekly', days: [3, 1], intervalWeeks: 1 } });
    expect(delivered(plan, '2026-11-22T00:00:00Z')).toEqual([
      '2026-11-23T14:00:00.000Z',
      '2026-11-25T14:00:00.000Z',
      '2026-11-30T14:00:00.000Z',
      '2026-12-02T14:00:00.000Z',
      '2026-12-07T14:00:00.000Z',
    ]);
  });

  it('repeats every two weeks, counted from the week it starts', () => {
    const plan = schedule({
      startDate: '2026-11-24',
      recurrence: { kind: 'weekly', days: [2], intervalWeeks: 2 },
    });
    expect(delivered(plan, '2026-11-01T00:00:00Z', 3)).toEqual([
      '2026-11-24T14:00:00.000Z',
      '2026-12-08T14:00:00.000Z',
      '2026-12-22T14:00:00.000Z',
    ]);
  });

  it('repeats monthly on the first Monday, and on the last Friday', () => {
    const firstMonday = schedule({
      startDate: '2026-11-01',
      recurrence: { kind: 'monthly', weekday: 1, nth: 1 },
    });
    expect(delivered(firstMonday, '2026-11-01T00:00:00Z')).toEqual([
      '2026-11-02T14:00:00.000Z',
      '2026-12-07T14:00:00.000Z',
      '2027-01-04T14:00:00.000Z',
      '2027-02-01T14:00:00.000Z',
      '2027-03-01T14:00:00.000Z',
    ]);
    const lastFriday = schedule({
      startDate: '2026-11-01',
      recurrence: { kind: 'monthly', weekday: 5, nth: -1 },
    });
    expect(delivered(lastFriday, '2026-11-01T00:00:00Z', 2)).toEqual([
      '2026-11-27T14:00:00.000Z',
      '2026-12-25T14:00:00.000Z',
    ]);
  });

  it('stops after the end date, which is included', () => {
    const plan = schedule({
      endDate: '2026-12-02',
      recurrence: { kind: 'weekly', days: [1, 3], intervalWeeks: 1 },
    });
    expect(delivered(plan, '2026-11-22T00:00:00Z', 10)).toHaveLength(4);
  });

  it('starts again after the last one delivered, as a paused or edited moment resumes', () => {
    const plan = schedule({ recurrence: { kind: 'weekly', days: [1], intervalWeeks: 1 } });
    expect(delivered(plan, '2026-12-07T14:00:00Z', 2)).toEqual([
      '2026-12-14T14:00:00.000Z',
      '2026-12-21T14:00:00.000Z',
    ]);
  });

  it.each([
    ['March 2026', '2026-03-23', ['2026-03-23T14:00:00.000Z', '2026-03-30T13:00:00.000Z']],
    ['October 2026', '2026-10-19', ['2026-10-19T13:00:00.000Z', '2026-10-26T14:00:00.000Z']],
    ['March 2027', '2027-03-22', ['2027-03-22T14:00:00.000Z', '2027-03-29T13:00:00.000Z']],
    ['October 2027', '2027-10-25', ['2027-10-25T13:00:00.000Z', '2027-11-01T14:00:00.000Z']],
  ])('keeps 15:00 at 15:00 local time across the change of %s', (_when, start, expected) => {
    const plan = schedule({
      startDate: start,
      recurrence: { kind: 'weekly', days: [1], intervalWeeks: 1 },
    });
    expect(delivered(plan, '2026-01-01T00:00:00Z', 2)).toEqual(expected);
  });

  it.each([
    // The clocks go from 02:00 to 03:00: 02:30 does not exist and moves on with them.
    ['2026-03-29', '2026-03-29T01:30:00.000Z'],
    ['2027-03-28', '2027-03-28T01:30:00.000Z'],
    // The clocks go from 03:00 back to 02:00: 02:30 happens twice and is taken the first time.
    ['2026-10-25', '2026-10-25T00:30:00.000Z'],
    ['2027-10-31', '2027-10-31T00:30:00.000Z'],
  ])('delivers a 02:30 moment on %s once', (date, expected) => {
    expect(delivered(schedule({ startDate: date, time: '02:30' }), '2026-01-01T00:00:00Z')).toEqual(
      [expected],
    );
  });

  it('waits for the end of quiet hours, also past midnight', () => {
    const quietHours = { from: '18:00', to: '08:00' };
    expect(delivered(schedule({ time: '20:00', quietHours }), '2026-11-22T00:00:00Z')).toEqual([
      '2026-11-24T07:00:00.000Z',
    ]);
    expect(delivered(schedule({ time: '07:00', quietHours }), '2026-11-22T00:00:00Z')).toEqual([
      '2026-11-23T07:00:00.000Z',
    ]);
    const plan = schedule({ time: '12:00', quietHours });
    expect(nextOccurrences(plan, at('2026-11-22T00:00:00Z'), 1)[0]).toEqual({
      plannedAt: at('2026-11-23T11:00:00Z'),
      deliverAt: at('2026-11-23T11:00:00Z'),
    });
  });

  it('moves a moment outside the working days to the next working day, once', () => {
    const plan = schedule({
      startDate: '2026-11-28',
      time: '10:00',
      workingDays: weekdays,
      recurrence: { kind: 'weekly', days: [6, 7, 1], intervalWeeks: 1 },
    });
    const [first, second] = nextOccurrences(plan, at('2026-11-27T00:00:00Z'), 2);
    expect(first).toEqual({
      plannedAt: at('2026-11-28T09:00:00Z'),
      deliverAt: at('2026-11-30T09:00:00Z'),
    });
    // Sunday and Monday land on the same Monday 10:00: one delivery, not three.
    expect(second.deliverAt).toEqual(at('2026-12-07T09:00:00Z'));
  });
});
