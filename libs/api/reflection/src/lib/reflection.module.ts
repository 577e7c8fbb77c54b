import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { identityDataEntities } from '@leerruimte/api-identity-data';
import {
  ReflectionAnswer,
  ReflectionDelivery,
  ReflectionMoment,
  ReflectionOccurrence,
} from './moments/moment.entities';
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
  providers: [MomentsService],
})
export class ReflectionFeatureModule {}
