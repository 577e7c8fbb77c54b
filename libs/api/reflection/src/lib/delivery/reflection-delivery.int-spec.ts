import { Injectable, Module } from '@nestjs/common';
import { DateTime } from 'luxon';
import { AgendaSource, AgendaSourceName, MomentSubject } from '@leerruimte/api-core';
import { JobQueue, QueueName } from '@leerruimte/api-infrastructure';
import {
  type TestContext,
  createTestContext,
  eventually,
  truncateAllTables,
} from '@leerruimte/api-infrastructure/testing';
import { identityFactories } from '@leerruimte/api-identity-data/testing';
import { MomentsService } from '../moments/moments.service';
import { reflectionFactories } from '../../testing';
import { ReflectionFeatureModule, ReflectionWorkerModule } from '../reflection.module';
import { MomentScheduler, occurrenceJobId } from './moment-scheduler';
import { ReflectionOccurrenceJob } from './reflection-occurrence.job';
import { ReflectionReconcileJob } from './reflection-reconcile.job';
import { ReflectionReminderJob } from './reflection-reminder.job';

/**
 * Reflection alone, without learning, the board and trainings: the moments here are about none of their
 * items, so each lookup finds nothing.
 */
@Injectable()
class NoMomentSubjects {
  private async none() {
    return new Map<string, string>();
  }
  @MomentSubject('card') cards() {
    return this.none();
  }
  @MomentSubject('module') modules() {
    return this.none();
  }
  @MomentSubject('experiment') experiments() {
    return this.none();
  }
  @MomentSubject('whyQuestion') whyQuestions() {
    return this.none();
  }
  @MomentSubject('training') trainings() {
    return this.none();
  }
}

/** The agenda's other sources (the calendar feed asks for trainings): nothing without them. */
@Injectable()
class NoOtherAgendaItems {
  @AgendaSource(AgendaSourceName.AssignmentsDue) async assignments() {
    return [];
  }
  @AgendaSource(AgendaSourceName.TrainingSessions) async sessions() {
    return [];
  }
}

@Module({ providers: [NoMomentSubjects, NoOtherAgendaItems] })
class WithoutOtherDomainsModule {}

describe('delivering reflection moments', () => {
  let ctx: TestContext;
  let secondWorker: TestContext;
  let teamId: string;
  const query = (sql: string, params: unknown[] = []) => ctx.dataSource.query(sql, params);

  const reflection = () => reflectionFactories(ctx.dataSource);

  beforeAll(async () => {
    ctx = await createTestContext({
      imports: [ReflectionWorkerModule, ReflectionFeatureModule, WithoutOtherDomainsModule],
      processJobs: true,
    });
    // A second worker process against the same PostgreSQL and Redis.
    secondWorker = await createTestContext({
      imports: [ReflectionWorkerModule],
      processJobs: true,
    });
  });

  beforeEach(async () => {
    await truncateAllTables(ctx.dataSource);
    await ctx.app.get(JobQueue).queue(QueueName.Reflection).obliterate({ force: true });
    ({ teamId } = await identityFactories(ctx.dataSource).teamWith(['Ann', 'Bo'], 'Noord'));
  });

  afterAll(async () => {
    await secondWorker.close();
    await ctx.close();
  });

  it('delivers an occurrence missed while nothing ran once, with two workers reconciling at once', async () => {
    const twoHoursAgo = DateTime.now().setZone('Europe/Amsterdam').minus({ hours: 2 });
    await reflection().moment(teamId, {
      schedule: {
        time: twoHoursAgo.toFormat('HH:mm'),
        startDate: twoHoursAgo.toFormat('yyyy-MM-dd'),
        recurrence: { kind: 'once' },
      },
    });

    await Promise.all([
      ctx.app.get(ReflectionReconcileJob).reconcile(),
      secondWorker.app.get(ReflectionReconcileJob).reconcile(),
    ]);

    await eventually(async () => {
      expect(await query(`SELECT count(*)::int AS n FROM reflection_occurrence`)).toEqual([
        { n: 1 },
      ]);
      expect(
        await query(
          `SELECT channel, count(*)::int AS n FROM reflection_delivery GROUP BY channel ORDER BY channel`,
        ),
      ).toEqual([
        { channel: 'email', n: 2 },
        { channel: 'in_app', n: 2 },
      ]);
    });
  });

  it('delivers once however often the job runs', async () => {
    const id = await reflection().moment(teamId, {
      schedule: { time: '09:00', startDate: '2026-01-05', recurrence: { kind: 'once' } },
    });
    const job = { momentId: id, plannedAt: '2026-01-05T08:00:00.000Z' };

    await Promise.all([
      ctx.app.get(ReflectionOccurrenceJob).deliver(job),
      secondWorker.app.get(ReflectionOccurrenceJob).deliver(job),
      ctx.app.get(ReflectionOccurrenceJob).deliver(job),
    ]);

    expect(await query(`SELECT question FROM reflection_occurrence`)).toEqual([
      { question: 'Wat leerde je vandaag?' },
    ]);
    // One prompt in the app, one notification and one mail per person, however often it ran;
    // the mails come from a job of their own, a moment later.
    expect(await query(`SELECT count(*)::int AS n FROM notification`)).toEqual([{ n: 2 }]);
    await eventually(async () => {
      expect(
        await query(
          `SELECT channel, count(*)::int AS n FROM reflection_delivery GROUP BY channel ORDER BY channel`,
        ),
      ).toEqual([
        { channel: 'email', n: 2 },
        { channel: 'in_app', n: 2 },
      ]);
      expect(await query(`SELECT subject FROM outbox_message`)).toEqual([
        { subject: 'Reflectievraag van Noord' },
        { subject: 'Reflectievraag van Noord' },
      ]);
    });
    // The mail links to this very question, not to the list of all of them.
    const [{ id: occurrenceId }] = await query(`SELECT id FROM reflection_occurrence`);
    for (const { text } of await query(`SELECT text FROM outbox_message`)) {
      expect(text).toMatch(new RegExp(`/reflecties/${occurrenceId}(\\s|$)`));
    }
  });

  it('puts the next occurrence on the clock and removes it when the moment is paused', async () => {
    const momentId = await reflection().moment(teamId, {
      schedule: {
        time: '15:00',
        startDate: '2099-03-23',
        recurrence: { kind: 'weekly', days: [1], intervalWeeks: 1 },
      },
    });
    const stored = await query(`SELECT id, schedule, open_days FROM reflection_moment`);
    const planned = await ctx.app.get(MomentScheduler).scheduleNext({
      id: momentId,
      schedule: stored[0].schedule,
      openDays: stored[0].open_days,
    });
    expect(planned).toEqual(new Date('2099-03-23T14:00:00Z'));
    const queue = ctx.app.get(JobQueue).queue(QueueName.Reflection);
    const job = await queue.getJob(occurrenceJobId(momentId, planned as Date));
    expect(await job?.getState()).toBe('delayed');

    await query(`UPDATE reflection_moment SET status = 'paused'`);
    await ctx.app.get(ReflectionReconcileJob).reconcile();

    expect(await queue.getJob(occurrenceJobId(momentId, planned as Date))).toBeUndefined();
  });

  it('does nothing for a paused or ended moment', async () => {
    const id = await reflection().moment(teamId, {
      status: 'paused',
      schedule: { time: '09:00', startDate: '2026-01-05', recurrence: { kind: 'once' } },
    });

    await ctx.app.get(ReflectionOccurrenceJob).deliver({
      momentId: id,
      plannedAt: '2026-01-05T08:00:00.000Z',
    });

    expect(await query(`SELECT count(*)::int AS n FROM reflection_occurrence`)).toEqual([{ n: 0 }]);
  });

  it('reminds once, a day later, only those who have not answered', async () => {
    const now = DateTime.now().setZone('Europe/Amsterdam');
    const id = await reflection().moment(teamId, {
      reminderDays: [1],
      schedule: {
        time: '09:00',
        startDate: now.toFormat('yyyy-MM-dd'),
        recurrence: { kind: 'once' },
      },
    });
    const plannedAt = now.set({ hour: 9, minute: 0, second: 0, millisecond: 0 }).toUTC().toISO();
    const delivery = ctx.app.get(ReflectionOccurrenceJob);
    await delivery.deliver({ momentId: id, plannedAt: plannedAt as string });
    const [{ id: occurrenceId }] = await query(`SELECT id FROM reflection_occurrence`);
    const job = await ctx.app
      .get(JobQueue)
      .queue(QueueName.Reflection)
      .getJob(`reflection-reminder-${occurrenceId}-1`);
    expect(job?.opts.delay).toBeGreaterThan(23 * 3_600_000);
    await job?.remove();
    const [ann] = await query(`SELECT id FROM app_user WHERE name = 'Ann'`);
    await reflection().answer(occurrenceId, ann.id, 'Veel.');

    await Promise.all([
      ctx.app.get(ReflectionReminderJob).remind({ occurrenceId, number: 1 }),
      secondWorker.app.get(ReflectionReminderJob).remind({ occurrenceId, number: 1 }),
    ]);

    const reminded = await query(
      `SELECT u.name FROM reflection_delivery d JOIN app_user u ON u.id = d.user_id
        WHERE d.channel = 'reminder-1'`,
    );
    expect(reminded).toEqual([{ name: 'Bo' }]);
    expect(
      await query(`SELECT subject FROM outbox_message WHERE subject LIKE 'Herinnering%'`),
    ).toEqual([{ subject: 'Herinnering: reflectievraag van Noord' }]);
  });

  it('changes future occurrences when a moment is edited; past ones keep their question', async () => {
    const moments = ctx.app.get(MomentsService);
    const [lead] = await query(`SELECT id FROM app_user WHERE name = 'Ann'`);
    const weekly = (days: number[]) => ({
      timeZone: 'Europe/Amsterdam',
      time: '15:00',
      startDate: '2099-03-23',
      recurrence: { kind: 'weekly' as const, days: days as Array<1 | 2>, intervalWeeks: 1 },
      workingDays: [1, 2, 3, 4, 5] as Array<1 | 2 | 3 | 4 | 5>,
    });
    const created = await moments.create(teamId, lead.id, {
      kind: 'question',
      question: 'Wat leerde je op maandag?',
      schedule: weekly([1]),
      openDays: 3,
      reminderDays: [],
    });
    const queue = ctx.app.get(JobQueue).queue(QueueName.Reflection);
    const monday = new Date('2099-03-23T14:00:00Z');
    expect(await queue.getJob(occurrenceJobId(created.id, monday))).toBeDefined();
    // An earlier occurrence, as if it had happened already.
    await reflection().occurrence(created.id, [], {
      deliveredAt: new Date('2026-01-05T14:00:00Z'),
      question: 'Wat leerde je op maandag?',
    });

    const updated = await moments.update(
      teamId,
      created.id,
      {
        kind: 'question',
        question: 'Wat leerde je op dinsdag?',
        schedule: weekly([2]),
        openDays: 3,
        reminderDays: [],
      },
      lead.id,
    );

    expect(updated.next[0].plannedAt).toBe('2099-03-24T14:00:00.000Z');
    expect(await queue.getJob(occurrenceJobId(created.id, monday))).toBeUndefined();
    expect(
      await queue.getJob(occurrenceJobId(created.id, new Date('2099-03-24T14:00:00Z'))),
    ).toBeDefined();
    // A job from before the edit that still ran would do nothing.
    await ctx.app
      .get(ReflectionOccurrenceJob)
      .deliver({ momentId: created.id, plannedAt: monday.toISOString() });
    expect(await query(`SELECT question FROM reflection_occurrence`)).toEqual([
      { question: 'Wat leerde je op maandag?' },
    ]);
  });
});
