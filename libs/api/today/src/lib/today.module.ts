import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AgendaSourceRegistry, TodaySectionRegistry } from '@leerruimte/api-core';
import { AgendaController } from './agenda/agenda.controller';
import { AgendaService } from './agenda/agenda.service';
import { TodayController } from './today.controller';
import { TodayService } from './today.service';
import { TodayViewers } from './today-viewers';

/**
 * Vandaag, a person's home page in one call, and their agenda: what is coming, by day. It knows
 * no domain: learning, reflection, the board, reporting and the platform each provide their
 * `@TodaySection` and `@AgendaSource`, found at start-up.
 */
@Module({
  imports: [DiscoveryModule],
  controllers: [AgendaController, TodayController],
  providers: [
    AgendaService,
    AgendaSourceRegistry,
    TodaySectionRegistry,
    TodayService,
    TodayViewers,
  ],
})
export class TodayModule {}
