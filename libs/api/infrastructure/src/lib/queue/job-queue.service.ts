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
    await this.queue(queueOfJob[name]).upsertJobScheduler(schedulerId, repeat, {
      name,
      data: payload,
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
  }
}
