import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { type Job, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '@leerruimte/api-core';
import { Metrics } from '../metrics/metrics';
import { jobHandlerMetadata } from './job-handler';
import { JobName, QueueName, queueOfJob } from './jobs';
import { workerRedisOptions } from './redis-connection';

type Handler = (payload: unknown, job: Job) => Promise<unknown>;

/** Test contexts load only some domain modules: their jobs need a handler, the rest do not. */
export const JOB_HANDLERS_PARTIAL = Symbol('JOB_HANDLERS_PARTIAL');

/**
 * Finds every `@JobHandler` (by its metadata) and checks each job has exactly one (at most one when `partial`);
 * the JobWorkerHost then runs a BullMQ worker per queue.
 */
export function collectJobHandlers(
  discovery: DiscoveryService,
  scanner: MetadataScanner,
  partial = false,
): Map<JobName, Handler> {
  const found = new Map<JobName, Handler[]>();
  for (const wrapper of discovery.getProviders()) {
    const instance = wrapper.instance as Record<string, unknown> | undefined;
    if (!instance || typeof instance !== 'object' || !wrapper.isDependencyTreeStatic()) {
      continue;
    }
    for (const methodName of scanner.getAllMethodNames(Object.getPrototypeOf(instance))) {
      const jobName = discovery.getMetadataByDecorator(jobHandlerMetadata, wrapper, methodName);
      if (jobName) {
        const method = instance[methodName] as Handler;
        found.set(jobName, [...(found.get(jobName) ?? []), method.bind(instance)]);
      }
    }
  }
  const problems = Object.values(JobName).flatMap((name) => {
    const count = found.get(name)?.length ?? 0;
    if (count === 0 && !partial) return [`job "${name}" has no handler`];
    if (count > 1) return [`job "${name}" has ${count} handlers`];
    return [];
  });
  if (problems.length > 0) {
    throw new Error(`Job handlers are not complete: ${problems.join('; ')}`);
  }
  return new Map([...found].map(([name, handlers]) => [name, handlers[0]]));
}

@Injectable()
export class JobWorkerHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobWorkerHost.name);
  private readonly workers: Worker[] = [];
  private connection?: Redis;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly metrics: Metrics,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(JOB_HANDLERS_PARTIAL) private readonly partial: boolean,
  ) {}

  onApplicationBootstrap(): void {
    const handlers = collectJobHandlers(this.discovery, this.scanner, this.partial);
    this.connection = new Redis(this.config.redis.url, workerRedisOptions('leerruimte-worker'));
    for (const queueName of Object.values(QueueName)) {
      const worker = new Worker(
        queueName,
        async (job: Job) => {
          const handler = handlers.get(job.name as JobName);
          if (!handler || queueOfJob[job.name as JobName] !== queueName) {
            throw new Error(`No handler for job "${job.name}" on queue "${queueName}"`);
          }
          return handler(job.data, job);
        },
        {
          connection: this.connection,
          prefix: this.config.redis.keyPrefix,
          concurrency: this.config.worker.concurrency,
        },
      );
      worker.on('completed', (job) => this.metrics.jobFinished(queueName, job.name, 'completed'));
      worker.on('failed', (job, error) => {
        this.metrics.jobFinished(queueName, job?.name ?? 'unknown', 'failed');
        this.logger.warn(
          { msg: 'Job failed', queue: queueName, job: job?.name, jobId: job?.id, err: error },
          JobWorkerHost.name,
        );
      });
      worker.on('error', (error) =>
        this.logger.error({ msg: 'Worker error', queue: queueName, err: error }),
      );
      this.workers.push(worker);
    }
    this.logger.log(`Processing ${this.workers.length} queue(s), ${handlers.size} job type(s)`);
  }

  /** Lets running jobs finish before the process exits (SIGTERM, Ctrl-C). */
  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.close()));
    this.connection?.disconnect();
  }
}
