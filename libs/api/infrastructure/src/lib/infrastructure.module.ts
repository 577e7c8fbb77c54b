import {
  type DynamicModule,
  Global,
  Inject,
  Module,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig, PersonalDataExport } from '@leerruimte/api-core';
import { DatabaseNotifications } from './database/database-notifications';
import { CachesByPerson } from './database/notified-cache';
import { DatabaseModule } from './database/database.module';
import { HealthService } from './health/health.service';
import { Mailer } from './mail/mailer';
import { OutboxMessage } from './mail/outbox-message.entity';
import { Metrics } from './metrics/metrics';
import { JobQueue } from './queue/job-queue.service';
import { JOB_HANDLERS_PARTIAL, JobWorkerHost } from './queue/job-worker.host';
import { createRedisClient } from './queue/redis-connection';
import { RedisLossWatchdog } from './queue/redis-loss-watchdog';
import { REDIS } from './queue/redis.tokens';
import { RateLimiter } from './rate-limit/rate-limiter';

export interface InfrastructureModuleOptions {
  config: AppConfig;
  /** "api", "worker" or "cli": names connections and log lines. */
  processName: string;
  /** Only the worker process consumes jobs. */
  processJobs: boolean;
  /** For test contexts with some domain modules: jobs of modules not loaded need no handler. */
  partialJobHandlers?: boolean;
}

class RedisCloser implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

/** Config, PostgreSQL, Redis, queues, mail, metrics and health: what every process needs. */
@Global()
@Module({})
export class InfrastructureModule {
  static forRoot(options: InfrastructureModuleOptions): DynamicModule {
    const applicationName = `leerruimte-${options.processName}`;
    return {
      module: InfrastructureModule,
      imports: [
        DiscoveryModule,
        DatabaseModule.forRoot(applicationName),
        TypeOrmModule.forFeature([OutboxMessage]),
      ],
      providers: [
        { provide: APP_CONFIG, useValue: options.config },
        {
          provide: REDIS,
          useFactory: () => createRedisClient(options.config.redis.url, applicationName),
        },
        RedisCloser,
        Metrics,
        RateLimiter,
        JobQueue,
        HealthService,
        Mailer,
        PersonalDataExport,
        DatabaseNotifications,
        CachesByPerson,
        ...(options.processJobs
          ? [
              JobWorkerHost,
              RedisLossWatchdog,
              { provide: JOB_HANDLERS_PARTIAL, useValue: options.partialJobHandlers ?? false },
            ]
          : []),
      ],
      exports: [
        APP_CONFIG,
        REDIS,
        Metrics,
        RateLimiter,
        JobQueue,
        HealthService,
        Mailer,
        PersonalDataExport,
        DatabaseNotifications,
        CachesByPerson,
        DatabaseModule,
      ],
    };
  }
}
