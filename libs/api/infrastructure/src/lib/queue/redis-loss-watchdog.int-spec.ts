import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { Redis } from 'ioredis';
import {
  type RedisServer,
  type TestContext,
  createTestContext,
  eventually,
  startRedisServer,
} from '../../testing';
import { Metrics } from '../metrics/metrics';
import { JobHandler } from './job-handler';
import { JobQueue } from './job-queue.service';
import { JobName, QueueName } from './jobs';
import { RedisLossWatchdog, dataMarkerKey } from './redis-loss-watchdog';

const SCHEDULER_ID = 'watchdog-probe';
let recoveries = 0;

/** Schedules a job and asks for a recovery job, as the domain modules do at start. */
@Injectable()
class SchedulingProbe implements OnApplicationBootstrap {
  constructor(private readonly jobs: JobQueue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.schedule(SCHEDULER_ID, JobName.PlatformHeartbeat, {}, { every: 3_600_000 });
    this.jobs.runAfterDataLoss(JobName.ReflectionReconcile, {});
  }

  @JobHandler(JobName.PlatformHeartbeat)
  async beat(): Promise<void> {
    return undefined;
  }
}

@Injectable()
class RecoveryProbe {
  @JobHandler(JobName.ReflectionReconcile)
  async reconcile(): Promise<void> {
    recoveries++;
  }
}

describe(RedisLossWatchdog.name, () => {
  let server: RedisServer;
  let redis: Redis;
  const replicas: TestContext[] = [];

  /** A worker process on this file's own Redis, which it checks every `checkMs`. */
  async function startReplica(checkMs: number): Promise<TestContext> {
    const ctx = await createTestContext({
      providers: [SchedulingProbe, RecoveryProbe],
      processJobs: true,
      configure: (config) => ({
        ...config,
        redis: { ...config.redis, url: server.url },
        worker: { ...config.worker, redisCheckMs: checkMs },
      }),
    });
    replicas.push(ctx);
    return ctx;
  }

  const scheduler = (ctx: TestContext) =>
    ctx.app.get(JobQueue).queue(QueueName.Platform).getJobScheduler(SCHEDULER_ID);

  async function lossesCounted(ctx: TestContext): Promise<string | undefined> {
    const { body } = await ctx.app.get(Metrics).render();
    return body.match(/^leerruimte_redis_data_losses_total (\d+)$/m)?.[1];
  }

  beforeAll(async () => {
    server = await startRedisServer();
    redis = new Redis(server.url);
  });

  beforeEach(() => {
    recoveries = 0;
  });

  // Closing a worker right after its Redis restarted can wait on BullMQ's blocked connection
  // for minutes on a busy machine (seen in CI); the worker process's own shutdown timer bounds
  // that in production, and here a replica gets 15 s before the test moves on.
  afterEach(async () => {
    await Promise.all(
      replicas
        .splice(0)
        .map((ctx) =>
          Promise.race([ctx.close(), new Promise((resolve) => setTimeout(resolve, 15_000))]),
        ),
    );
    await redis.flushall();
  }, 30_000);

  afterAll(async () => {
    redis.disconnect();
    await server.stop();
  });

  it('leaves a Redis that kept its data alone', async () => {
    const ctx = await startReplica(200);

    await new Promise((resolve) => setTimeout(resolve, 1_000));

    expect(recoveries).toBe(0);
    expect(await lossesCounted(ctx)).toBe('0');
  });

  it('puts the schedulers back after a FLUSHALL and runs the recovery job once for all replicas', async () => {
    const first = await startReplica(300);
    const second = await startReplica(300);
    expect(await scheduler(first)).toBeDefined();
    const markerBefore = await redis.get(dataMarkerKey(first.config));

    await redis.flushall();

    await eventually(async () => {
      expect(await scheduler(first)).toBeDefined();
      expect(recoveries).toBe(1);
    }, 10_000);
    expect(await redis.get(dataMarkerKey(first.config))).not.toBe(markerBefore);
    await eventually(async () => {
      expect(await lossesCounted(first)).toBe('1');
      expect(await lossesCounted(second)).toBe('1');
    });
    // Later checks find the new marker: nothing runs again.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(recoveries).toBe(1);
  });

  it('looks at once when the connection comes back to a Redis that restarted empty', async () => {
    // Far longer than the test: only the reconnect can make it look.
    const ctx = await startReplica(300_000);

    await server.restart();

    await eventually(async () => {
      expect(await scheduler(ctx)).toBeDefined();
      expect(recoveries).toBe(1);
    }, 15_000);
    expect(await lossesCounted(ctx)).toBe('1');
  });
});
