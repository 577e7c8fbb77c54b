import { Injectable } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { DiscoveryModule, DiscoveryService, MetadataScanner } from '@nestjs/core';
import { QueueEvents } from 'bullmq';
import { type TestContext, createTestContext, eventually } from '../../testing';
import { Metrics } from '../metrics/metrics';
import { JobHandler } from './job-handler';
import { JobQueue } from './job-queue.service';
import { collectJobHandlers } from './job-worker.host';
import { JobName, QueueName } from './jobs';

const handled: unknown[] = [];

@Injectable()
class HeartbeatProbe {
  @JobHandler(JobName.PlatformHeartbeat)
  async beat(payload: unknown): Promise<string> {
    handled.push(payload);
    return 'done';
  }
}

@Injectable()
class SecondHeartbeatHandler {
  @JobHandler(JobName.PlatformHeartbeat)
  async beat(): Promise<void> {
    return undefined;
  }
}

async function handlersOf(providers: Array<new (...args: never[]) => unknown>) {
  const moduleRef = await Test.createTestingModule({
    imports: [DiscoveryModule],
    providers,
  }).compile();
  return collectJobHandlers(moduleRef.get(DiscoveryService), moduleRef.get(MetadataScanner));
}

describe(collectJobHandlers.name, () => {
  it('refuses to start when a job has no handler', async () => {
    await expect(handlersOf([])).rejects.toThrow('job "platform.heartbeat" has no handler');
  });

  it('refuses to start when a job has two handlers', async () => {
    await expect(handlersOf([HeartbeatProbe, SecondHeartbeatHandler])).rejects.toThrow(
      'job "platform.heartbeat" has 2 handlers',
    );
  });
});

describe('JobWorkerHost', () => {
  let ctx: TestContext;

  beforeAll(async () => {
    ctx = await createTestContext({ providers: [HeartbeatProbe], processJobs: true });
  });

  afterAll(() => ctx.close());

  it('runs a queued job through its handler on the real Redis and counts the outcome', async () => {
    const queue = ctx.app.get(JobQueue).queue(QueueName.Platform);
    const events = new QueueEvents(QueueName.Platform, {
      connection: { url: ctx.config.redis.url },
      prefix: ctx.config.redis.keyPrefix,
    });
    await events.waitUntilReady();
    try {
      const job = await queue.add(JobName.PlatformHeartbeat, {});

      await expect(job.waitUntilFinished(events, 10_000)).resolves.toBe('done');
      expect(handled).toEqual([{}]);
      await eventually(async () => {
        const { body } = await ctx.app.get(Metrics).render();
        expect(body).toContain(
          'leerruimte_jobs_total{queue="platform",job="platform.heartbeat",outcome="completed"} 1',
        );
      });
    } finally {
      await events.close();
    }
  });
});
