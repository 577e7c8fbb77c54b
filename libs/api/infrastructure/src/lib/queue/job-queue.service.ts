import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { type JobsOptions, Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '@leerruimte/api-core';
import { Metrics } from '../metrics/metrics';
import { type JobName, type JobPayloads, QueueName, queueOfJob } from './jobs';
import { REDIS } from './redis.tokens';

/** Retries with backoff for transient failures; bounded history so Redis does not fill up. */
export const defaultJobOptions: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: { age: 24 * 3600, count: 1_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};

/** Typed access to the queues, for producers (API and worker alike). */
@Injectable()
export class JobQueue implements OnModuleInit, OnApplicationShutdown {
  private readonly queues = new Map<QueueName, Queue>();
  /** Every scheduler this process created, by queue and id: what to put back after a data loss. */
  private readonly schedulers = new Map<string, () => Promise<unknown>>();
  /** Jobs that rebuild from PostgreSQL what Redis held, by job name. */
  private readonly recoveryJobs = new Map<JobName, (lossId: string) => Promise<void>>();

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly metrics: Metrics,
  ) {}

  onModuleInit(): void {
    this.metrics.watchQueues(this.allQueues());
  }

  queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, {
        connection: this.redis,
        prefix: this.config.redis.keyPrefix,
        defaultJobOptions,
      });
      this.queues.set(name, queue);
    }
    return queue;
  }

  allQueues(): Queue[] {
    return Object.values(QueueName).map((name) => this.queue(name));
  }

  async add<Name extends JobName>(
    name: Name,
    payload: JobPayloads[Name],
    options: JobsOptions = {},
  ): Promise<void> {
    await this.queue(queueOfJob[name]).add(name, payload, options);
  }

  /** Many jobs of one kind in one round trip to Redis. */
  async addBulk<Name extends JobName>(
    name: Name,
    jobs: Array<{ payload: JobPayloads[Name]; options?: JobsOptions }>,
  ): Promise<void> {
    if (jobs.length === 0) return;
    await this.queue(queueOfJob[name]).addBulk(
      jobs.map((job) => ({ name, data: job.payload, opts: job.options })),
    );
  }

  /** Creates or updates a repeating job; the id keeps it single across restarts and replicas. */
  async schedule<Name extends JobName>(
    schedulerId: string,
    name: Name,
    payload: JobPayloads[Name],
    repeat: { every: number } | { pattern: string; tz: string },
  ): Promise<void> {
    const queue = this.queue(queueOfJob[name]);
    const upsert = () => queue.upsertJobScheduler(schedulerId, repeat, { name, data: payload });
    this.schedulers.set(`${queue.name}/${schedulerId}`, upsert);
    await upsert();
  }

  /**
   * Runs this job each time Redis turns out to have lost its data (the worker's RedisLossWatchdog
   * finds out): for a job that puts back from PostgreSQL what only Redis knew, such as delayed jobs.
   */
  runAfterDataLoss<Name extends JobName>(name: Name, payload: JobPayloads[Name]): void {
    this.recoveryJobs.set(name, (lossId) =>
      this.add(name, payload, { jobId: `${name}-after-data-loss-${lossId}` }),
    );
  }

  /**
   * Puts back every scheduler this process created and adds the recovery jobs. Every replica
   * does so for the same loss: upserts are idempotent, and `lossId`, the same for all of them,
   * is in each recovery job's id, so the replicas add one job, not one each.
   */
  async restoreAfterDataLoss(lossId: string): Promise<void> {
    for (const upsert of this.schedulers.values()) await upsert();
    for (const addRecoveryJob of this.recoveryJobs.values()) await addRecoveryJob(lossId);
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
  }
}
