import { Module } from '@nestjs/common';
import { HealthController } from './health/health.controller';
import { HeartbeatJob } from './heartbeat/heartbeat.job';
import { WorkerPresence } from './heartbeat/worker-presence';
import { MetricsController } from './metrics/metrics.controller';
import { PlatformStatusController } from './status/platform-status.controller';
import { PlatformStatusService } from './status/platform-status.service';
import { PlatformToday } from './status/platform-today';

/** Health, metrics and platform status for the API (and Vandaag, for platform admins). */
@Module({
  controllers: [HealthController, MetricsController, PlatformStatusController],
  providers: [PlatformStatusService, PlatformToday],
})
export class PlatformModule {}

/** The worker's part: it reports its presence and runs the heartbeat job. */
@Module({
  providers: [WorkerPresence, HeartbeatJob],
})
export class PlatformWorkerModule {}
