import type { Redis } from 'ioredis';
import { REDIS } from '@leerruimte/api-infrastructure';
import {
  type TestContext,
  createTestContext,
  eventually,
} from '@leerruimte/api-infrastructure/testing';
import { PlatformModule, PlatformWorkerModule } from '../platform.module';
import { heartbeatKey, workersKey } from '../heartbeat/worker-presence';
import { PlatformStatusService } from './platform-status.service';

describe(PlatformStatusService.name, () => {
  describe('without a worker', () => {
    let ctx: TestContext;

    beforeAll(async () => {
      ctx = await createTestContext({ imports: [PlatformModule] });
      const redis = ctx.app.get<Redis>(REDIS);
      await redis.del(workersKey(ctx.config), heartbeatKey(ctx.config));
    });

    afterAll(() => ctx.close());

    it('is degraded: the site works, background work does not', async () => {
      const status = await ctx.app.get(PlatformStatusService).status();

      expect(status.status).toBe('degraded');
      expect(status.components.workers).toEqual({ status: 'down', active: 0 });
      expect(status.components.queue).toEqual({ status: 'down', lastHeartbeatAt: null });
    });

    it('counts a worker whose heartbeat is old as down', async () => {
      const redis = ctx.app.get<Redis>(REDIS);
      const now = new Date('2026-11-22T14:00:00Z');
      await redis.set(heartbeatKey(ctx.config), new Date(now.getTime() - 5 * 60_000).toISOString());
      await redis.zadd(workersKey(ctx.config), now.getTime() - 5_000, 'worker-a');

      const status = await ctx.app.get(PlatformStatusService).status(now);

      expect(status.components.workers).toEqual({ status: 'up', active: 1 });
      expect(status.components.queue.status).toBe('down');
      expect(status.status).toBe('degraded');
    });
  });

  describe('with a running worker', () => {
    let ctx: TestContext;

    beforeAll(async () => {
      ctx = await createTestContext({
        imports: [PlatformModule, PlatformWorkerModule],
        processJobs: true,
      });
    });

    afterAll(() => ctx.close());

    it('is ready once the worker reported in and ran the heartbeat job', async () => {
      await eventually(async () => {
        const status = await ctx.app.get(PlatformStatusService).status();
        expect(status.status).toBe('ready');
        expect(status.components.workers.active).toBeGreaterThanOrEqual(1);
        expect(status.components.queue.lastHeartbeatAt).not.toBeNull();
      });
    });
  });
});
