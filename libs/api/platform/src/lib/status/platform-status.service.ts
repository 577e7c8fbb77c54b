import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '@leerruimte/api-core';
import { HealthService, REDIS } from '@leerruimte/api-infrastructure';
import type { PlatformStatus } from '@leerruimte/shared-contracts';
import { HEARTBEAT_EVERY_MS } from '../heartbeat/heartbeat.job';
import { PRESENCE_TTL_MS, heartbeatKey, workersKey } from '../heartbeat/worker-presence';

/** A heartbeat older than a few periods means jobs are not being processed. */
const HEARTBEAT_STALE_MS = HEARTBEAT_EVERY_MS * 4;

@Injectable()
export class PlatformStatusService {
  constructor(
    private readonly health: HealthService,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async status(now = new Date()): Promise<PlatformStatus> {
    const readiness = await this.health.readiness();
    const { activeWorkers, lastHeartbeatAt } =
      readiness.checks.redis.status === 'up'
        ? await this.queueState(now)
        : { activeWorkers: 0, lastHeartbeatAt: null };
    const heartbeatFresh =
      lastHeartbeatAt !== null && now.getTime() - Date.parse(lastHeartbeatAt) <= HEARTBEAT_STALE_MS;
    const workersUp = activeWorkers > 0;
    return {
      status:
        readiness.status !== 'ready'
          ? 'not_ready'
          : workersUp && heartbeatFresh
            ? 'ready'
            : 'degraded',
      version: this.config.version,
      checkedAt: now.toISOString(),
      components: {
        ...readiness.checks,
        workers: { status: workersUp ? 'up' : 'down', active: activeWorkers },
        queue: { status: heartbeatFresh ? 'up' : 'down', lastHeartbeatAt },
      },
    };
  }

  private async queueState(now: Date) {
    const [activeWorkers, lastHeartbeatAt] = await Promise.all([
      this.redis.zcount(workersKey(this.config), now.getTime() - PRESENCE_TTL_MS, '+inf'),
      this.redis.get(heartbeatKey(this.config)),
    ]);
    return { activeWorkers, lastHeartbeatAt };
  }
}
