import {
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { Redis } from 'ioredis';
import { hostname } from 'node:os';
import { APP_CONFIG, type AppConfig } from '@leerruimte/api-core';
import { REDIS } from '@leerruimte/api-infrastructure';

export const PRESENCE_INTERVAL_MS = 10_000;
/** A worker that has not reported for this long is counted as gone. */
export const PRESENCE_TTL_MS = 30_000;

export function workersKey(config: AppConfig): string {
  return `${config.redis.keyPrefix}:platform:workers`;
}

export function heartbeatKey(config: AppConfig): string {
  return `${config.redis.keyPrefix}:platform:last-heartbeat`;
}

/** Each worker process reports in every few seconds, so the platform can count live workers. */
@Injectable()
export class WorkerPresence implements OnApplicationBootstrap, OnApplicationShutdown {
  readonly workerId = `${hostname()}:${process.pid}`;
  private timer?: NodeJS.Timeout;

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.report();
    this.timer = setInterval(() => void this.report().catch(() => undefined), PRESENCE_INTERVAL_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.redis.zrem(workersKey(this.config), this.workerId).catch(() => undefined);
  }

  private async report(): Promise<void> {
    const now = Date.now();
    await this.redis
      .multi()
      .zadd(workersKey(this.config), now, this.workerId)
      .zremrangebyscore(workersKey(this.config), 0, now - PRESENCE_TTL_MS)
      .exec();
  }
}
