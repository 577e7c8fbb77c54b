import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { identityDataEntities } from '@leerruimte/api-identity-data';
import {
  ReflectionAnswer,
  ReflectionDelivery,
  ReflectionMoment,
  ReflectionOccurrence,
} from './moments/moment.entities';
import { MomentScheduler } from './delivery/moment-scheduler';
import { OccurrenceDelivery } from './delivery/occurrence-delivery';
import { MomentsController } from './moments/moments.controller';
import { MomentsService } from './moments/moments.service';

export const reflectionEntities = [
  ReflectionMoment,
  ReflectionOccurrence,
  ReflectionDelivery,
  ReflectionAnswer,
];

/** Reflection moments: team leaders plan prompts, members answer them. */
@Module({
  imports: [TypeOrmModule.forFeature([...reflectionEntities, ...identityDataEntities])],
  controllers: [MomentsController],
  providers: [MomentScheduler, MomentsService],
})
export class ReflectionFeatureModule {}

/** The worker's part: delivering occurrences and keeping Redis in step with PostgreSQL. */
@Module({
  imports: [TypeOrmModule.forFeature([...reflectionEntities, ...identityDataEntities])],
  providers: [MomentScheduler, OccurrenceDelivery],
})
export class ReflectionWorkerModule {}
