import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '@leerruimte/api-core';
import { Metrics } from '../metrics/metrics';
import { JobQueue } from './job-queue.service';
import { REDIS } from './redis.tokens';

/** Sets the marker unless it is there, and returns it: atomic, so replicas agree on one id. */
const MARKER_SCRIPT = `redis.call('SET', KEYS[1], ARGV[1], 'NX') return redis.call('GET', KEYS[1])`;

export function dataMarkerKey(config: AppConfig): string {
  return `${config.redis.keyPrefix}:data-marker`;
}

/**
 * Notices in a running worker that Redis lost its data (a restart without persistence, a
 * failover to an empty replica, FLUSHALL) and puts back what the worker put there at start:
 * its job schedulers, and the jobs registered with `JobQueue.runAfterDataLoss`. A marker key
 * holds an id for Redis's current data; when it is gone, the first replica to look writes a new
 * id, and every replica recovers once for that id.
 */
@Injectable()
export class RedisLossWatchdog implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RedisLossWatchdog.name);
  private timer?: NodeJS.Timeout;
  /** The marker this worker last saw: at start, or at its last recovery. */
  private seen?: string;
  private checking?: Promise<void>;
  // After a reconnect Redis may be another, empty server: look at once, not at the next tick.
  private readonly onReady = () => void this.check();

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobQueue,
    private readonly metrics: Metrics,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // What the worker schedules at start goes into the Redis this marker belongs to.
    this.seen = await this.marker();
    this.timer = setInterval(() => void this.check(), this.config.worker.redisCheckMs);
    this.timer.unref();
    this.redis.on('ready', this.onReady);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    this.redis.off('ready', this.onReady);
    await this.checking;
  }

  /** One check at a time: a tick during a slow recovery joins it instead of starting another. */
  check(): Promise<void> {
    this.checking ??= this.recoverIfLost().finally(() => {
      this.checking = undefined;
    });
    return this.checking;
  }

  private async recoverIfLost(): Promise<void> {
    let marker: string;
    try {
      marker = await this.marker();
    } catch {
      // Redis is away: the next tick, or the reconnect, looks again.
      return;
    }
    if (marker === this.seen) return;
    this.logger.warn({
      msg: 'Redis lost its data: putting the job schedules back',
      lossId: marker,
    });
    try {
      await this.jobs.restoreAfterDataLoss(marker);
    } catch (error) {
      this.logger.error({
        msg: 'Could not put the job schedules back, will try again',
        err: error,
      });
      return;
    }
    this.seen = marker;
    this.metrics.redisDataLost();
  }

  private async marker(): Promise<string> {
    return String(
      await this.redis.eval(MARKER_SCRIPT, 1, dataMarkerKey(this.config), randomUUID()),
    );
  }
}
