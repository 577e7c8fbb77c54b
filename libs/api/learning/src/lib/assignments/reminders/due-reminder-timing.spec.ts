import { dueDatesToRemind, dueReminderAt } from './due-reminder-timing';

describe(dueReminderAt.name, () => {
  it('reminds at 09:00 in Amsterdam two days before a date in the week', () => {
    // Thursday 10 December 2026 is due: Tuesday the 8th, 09:00 CET.
    expect(dueReminderAt('2026-12-10').toISOString()).toBe('2026-12-08T08:00:00.000Z');
  });

  it('keeps 09:00 local in summer time', () => {
    expect(dueReminderAt('2026-07-09').toISOString()).toBe('2026-07-07T07:00:00.000Z');
  });

  it('keeps 09:00 local when the clocks change between the reminder and the due date', () => {
    // Summer time ends on Sunday 25 October 2026; due Tuesday the 27th, reminded on the 23rd.
    expect(dueReminderAt('2026-10-27').toISOString()).toBe('2026-10-23T07:00:00.000Z');
    // Summer time starts on Sunday 29 March 2026; due Wednesday 1 April, reminded on Monday.
    expect(dueReminderAt('2026-04-01').toISOString()).toBe('2026-03-30T07:00:00.000Z');
  });

  it('moves a reminder that would fall on a weekend to the Friday before', () => {
    // Due Monday 14 December: two days before is Saturday, so Friday the 11th.
    expect(dueReminderAt('2026-12-14').toISOString()).toBe('2026-12-11T08:00:00.000Z');
    // Due Tuesday 15 December: two days before is Sunday, so Friday the 11th too.
    expect(dueReminderAt('2026-12-15').toISOString()).toBe('2026-12-11T08:00:00.000Z');
    // Due Sunday 13 December: Friday the 11th, two days before as usual.
    expect(dueReminderAt('2026-12-13').toISOString()).toBe('2026-12-11T08:00:00.000Z');
  });
});

describe(dueDatesToRemind.name, () => {
  const dates = (now: string) => dueDatesToRemind(new Date(now)).map((due) => due.dueDate);

  it('has nothing to remind of before 09:00 but what is due today or tomorrow', () => {
    // Tuesday 8 December 2026, 08:59 in Amsterdam.
    expect(dates('2026-12-08T07:59:00Z')).toEqual(['2026-12-08', '2026-12-09']);
  });

  it('adds the date two days ahead from 09:00 on', () => {
    expect(dates('2026-12-08T08:00:00Z')).toEqual(['2026-12-08', '2026-12-09', '2026-12-10']);
  });

  it('on a Friday from 09:00, also reminds of the weekend and of Monday and Tuesday', () => {
    expect(dates('2026-12-11T08:00:00Z')).toEqual([
      '2026-12-11',
      '2026-12-12',
      '2026-12-13',
      '2026-12-14',
      '2026-12-15',
    ]);
  });

  it('gives each date with its reminder time', () => {
    expect(dueDatesToRemind(new Date('2026-12-08T12:00:00Z')).at(-1)).toEqual({
      dueDate: '2026-12-10',
      remindAt: new Date('2026-12-08T08:00:00.000Z'),
    });
  });
});
