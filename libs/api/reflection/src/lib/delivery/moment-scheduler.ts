import { Injectable, Logger } from '@nestjs/common';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { JobName, JobQueue, QueueName } from '@leerruimte/api-infrastructure';
import type { MomentSchedule } from '@leerruimte/shared-contracts';
import { nextOccurrences } from '@leerruimte/shared-schedule';
import { lastPlannedAt, occurrenceHappened } from './delivery.queries';

/** Deterministic: the same occurrence always gets the same job, so adding it twice is harmless. */
export function occurrenceJobId(momentId: string, plannedAt: Date): string {
  return `reflection-${momentId}-${plannedAt.getTime()}`;
}

interface SchedulableMoment {
  id: string;
  schedule: MomentSchedule;
  openDays: number;
}

/**
 * Keeps one delayed BullMQ job per active moment: the one for its next occurrence. PostgreSQL
 * says what should happen; this puts it on the clock.
 */
@Injectable()
export class MomentScheduler {
  private readonly logger = new Logger(MomentScheduler.name);

  constructor(
    private readonly jobs: JobQueue,
    private readonly dataSource: DataSource,
  ) {}

  /** Puts the next occurrence after the last one that happened (or after now) on the clock. */
  async scheduleNext(moment: SchedulableMoment, now = new Date()): Promise<Date | undefined> {
    const after = await this.lastPlannedOrNow(moment.id, now);
    const [next] = nextOccurrences(moment.schedule, after, 1);
    if (!next) return undefined;
    await this.add(moment.id, next.plannedAt, next.deliverAt.getTime() - now.getTime());
    return next.plannedAt;
  }

  /** Removes the waiting job for the next occurrence as the schedule was, before an edit. */
  async unscheduleNext(moment: SchedulableMoment, now = new Date()): Promise<void> {
    const after = await this.lastPlannedOrNow(moment.id, now);
    const [next] = nextOccurrences(moment.schedule, after, 1);
    if (!next) return;
    const job = await this.jobs
      .queue(QueueName.Reflection)
      .getJob(occurrenceJobId(moment.id, next.plannedAt));
    if (job && (await job.isDelayed())) await job.remove();
  }

  /**
   * An occurrence that was due while nothing ran (Redis lost its data, every worker was down),
   * if it is still open: the latest planned one within the open days that never happened.
   */
  async catchUp(moment: SchedulableMoment, now = new Date()): Promise<void> {
    const since = DateTime.fromJSDate(now).minus({ days: moment.openDays }).toJSDate();
    const missed = nextOccurrences(moment.schedule, since, 50).filter(
      (occurrence) => occurrence.deliverAt <= now,
    );
    const latest = missed.at(-1);
    if (!latest) return;
    if (!(await occurrenceHappened(this.dataSource, moment.id, latest.plannedAt))) {
      this.logger.log(`Delivering a missed occurrence of moment ${moment.id}`);
      await this.add(moment.id, latest.plannedAt, 0);
    }
  }

  /** Removes the waiting jobs of moments that are no longer active (paused, ended, deleted). */
  async removeOrphans(activeMomentIds: ReadonlySet<string>): Promise<number> {
    const waiting = await this.jobs.queue(QueueName.Reflection).getDelayed();
    let removed = 0;
    for (const job of waiting) {
      const momentId = (job.data as { momentId?: string }).momentId;
      if (job.name === JobName.ReflectionOccurrence && momentId && !activeMomentIds.has(momentId)) {
        await job.remove();
        removed++;
      }
    }
    return removed;
  }

  private async lastPlannedOrNow(momentId: string, now: Date): Promise<Date> {
    const last = await lastPlannedAt(this.dataSource, momentId);
    return last && last > now ? last : now;
  }

  private add(momentId: string, plannedAt: Date, delay: number): Promise<void> {
    return this.jobs.add(
      JobName.ReflectionOccurrence,
      { momentId, plannedAt: plannedAt.toISOString() },
      { jobId: occurrenceJobId(momentId, plannedAt), delay: Math.max(0, delay) },
    );
  }
}
