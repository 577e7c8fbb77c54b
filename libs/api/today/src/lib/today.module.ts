import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TodaySectionRegistry } from '@leerruimte/api-core';
import { TodayController } from './today.controller';
import { TodayService } from './today.service';
import { TodayViewers } from './today-viewers';

/**
 * Vandaag, a person's home page in one call. It knows no domain: learning, reflection, the
 * board, reporting and the platform each provide their `@TodaySection`, found at start-up.
 */
@Module({
  imports: [DiscoveryModule],
  controllers: [TodayController],
  providers: [TodaySectionRegistry, TodayService, TodayViewers],
})
export class TodayModule {}
