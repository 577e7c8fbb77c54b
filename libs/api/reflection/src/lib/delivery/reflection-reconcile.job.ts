import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JobHandler, JobName, JobQueue, Mailer } from '@leerruimte/api-infrastructure';
import { ReflectionMoment } from '../moments/moment.entities';
import { FollowUpMoments } from './follow-up-moments';
import { MomentScheduler } from './moment-scheduler';

const RECONCILE_EVERY_MS = 10 * 60_000;

@Injectable()
export class ReflectionReconcileJob implements OnApplicationBootstrap {
  private readonly logger = new Logger(ReflectionReconcileJob.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly scheduler: MomentScheduler,
    private readonly jobs: JobQueue,
    private readonly mailer: Mailer,
    private readonly followUps: FollowUpMoments,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // Redis losing its data loses every delayed occurrence job with it: put them back at once.
    this.jobs.runAfterDataLoss(JobName.ReflectionReconcile, {});
    // Upserting by id is idempotent, so every worker replica may do it at start.
    await this.jobs.schedule(
      'reflection-reconcile',
      JobName.ReflectionReconcile,
      {},
      { every: RECONCILE_EVERY_MS },
    );
    // Now too, as a job: if PostgreSQL is briefly unreachable, it is retried, not a failed start.
    await this.jobs.add(
      JobName.ReflectionReconcile,
      {},
      { jobId: `reconcile-start-${Date.now()}` },
    );
  }

  /**
   * Plans the follow-up questions that came due (after a training), then makes Redis match
   * PostgreSQL: every active moment has its next occurrence on the clock, an
   * occurrence missed while nothing ran is still delivered if it is open, and jobs of moments
   * that are no longer active are removed. Runs at worker start, every ten minutes and when
   * Redis has lost its data.
   */
  @JobHandler(JobName.ReflectionReconcile)
  async reconcile(): Promise<void> {
    await this.followUps.plan();
    const active = await this.dataSource
      .getRepository(ReflectionMoment)
      .findBy({ status: 'active' });
    for (const moment of active) {
      await this.scheduler.catchUp(moment);
      await this.scheduler.scheduleNext(moment);
    }
    await this.scheduler.removeOrphans(new Set(active.map((moment) => moment.id)));
    const stranded = await this.mailer.redispatchQueued();
    if (stranded > 0) this.logger.log(`Sent on ${stranded} stored mail(s) that had no job`);
  }
}
