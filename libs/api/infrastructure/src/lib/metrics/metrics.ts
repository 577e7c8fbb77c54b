import { Injectable } from '@nestjs/common';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Queue } from 'bullmq';

const queueStates = ['waiting', 'active', 'delayed', 'failed', 'completed', 'prioritized'] as const;

/** Prometheus metrics of one process, served at GET /metrics. */
@Injectable()
export class Metrics {
  readonly registry = new Registry();

  private readonly httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request latency by route',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  private readonly jobs = new Counter({
    name: 'leerruimte_jobs_total',
    help: 'Jobs finished by this process, by queue, job and outcome',
    labelNames: ['queue', 'job', 'outcome'] as const,
    registers: [this.registry],
  });

  private readonly redisDataLosses = new Counter({
    name: 'leerruimte_redis_data_losses_total',
    help: 'Times this worker found that Redis had lost its data and put its schedules back',
    registers: [this.registry],
  });

  private queues: Queue[] = [];

  constructor() {
    collectDefaultMetrics({ register: this.registry });
    const queueJobs: Gauge<'queue' | 'state'> = new Gauge({
      name: 'leerruimte_queue_jobs',
      help: 'Jobs per queue and state (queue depth)',
      labelNames: ['queue', 'state'] as const,
      registers: [this.registry],
      // Read from Redis at scrape time, so the figure is current in every process.
      collect: async () => {
        for (const queue of this.queues) {
          const counts = await queue.getJobCounts(...queueStates);
          for (const state of queueStates) {
            queueJobs.set({ queue: queue.name, state }, counts[state] ?? 0);
          }
        }
      },
    });
  }

  watchQueues(queues: Queue[]): void {
    this.queues = queues;
  }

  observeRequest(method: string, route: string, statusCode: number, seconds: number): void {
    this.httpDuration.observe({ method, route, status_code: String(statusCode) }, seconds);
  }

  jobFinished(queue: string, job: string, outcome: 'completed' | 'failed'): void {
    this.jobs.inc({ queue, job, outcome });
  }

  redisDataLost(): void {
    this.redisDataLosses.inc();
  }

  async render(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
