import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '@leerruimte/api-core';
import { JobHandler, JobName, JobQueue, REDIS } from '@leerruimte/api-infrastructure';
import { heartbeatKey } from './worker-presence';

export const HEARTBEAT_EVERY_MS = 15_000;
const HEARTBEAT_SCHEDULER_ID = 'platform-heartbeat';

/**
 * A tiny repeating job that proves the whole queue path works: scheduled in Redis, picked up
 * by a worker, and its result visible to the API.
 */
@Injectable()
export class HeartbeatJob implements OnApplicationBootstrap {
  private readonly logger = new Logger(HeartbeatJob.name);

  constructor(
    private readonly jobs: JobQueue,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // Upserting by id is idempotent, so every worker replica may do it at start.
    await this.jobs.schedule(
      HEARTBEAT_SCHEDULER_ID,
      JobName.PlatformHeartbeat,
      {},
      {
        every: HEARTBEAT_EVERY_MS,
      },
    );
    this.logger.log(`Heartbeat scheduled every ${HEARTBEAT_EVERY_MS / 1000} s`);
  }

  @JobHandler(JobName.PlatformHeartbeat)
  async beat(): Promise<void> {
    await this.redis.set(heartbeatKey(this.config), new Date().toISOString());
  }
}
