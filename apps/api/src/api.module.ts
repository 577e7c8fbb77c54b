import { type DynamicModule, Module } from '@nestjs/common';
import type { AppConfig } from '@leerruimte/api-core';
import { InfrastructureModule } from '@leerruimte/api-infrastructure';
import { IdentityModule } from '@leerruimte/api-identity';
import { NotificationCentreModule } from '@leerruimte/api-notifications';
import { LearningFeatureModule } from '@leerruimte/api-learning';
import { PlatformModule } from '@leerruimte/api-platform';
import { ReflectionFeatureModule } from '@leerruimte/api-reflection';
import { BoardFeatureModule } from '@leerruimte/api-board';
import { ReportingFeatureModule } from '@leerruimte/api-reporting';
import { SearchModule } from '@leerruimte/api-search';
import { TodayModule } from '@leerruimte/api-today';
import { TrainingsFeatureModule } from '@leerruimte/api-trainings';

/** The feature modules the HTTP API exposes. */
export const apiFeatureModules = [
  IdentityModule,
  NotificationCentreModule,
  LearningFeatureModule,
  ReflectionFeatureModule,
  BoardFeatureModule,
  ReportingFeatureModule,
  PlatformModule,
  TodayModule,
  SearchModule,
  TrainingsFeatureModule,
];

@Module({})
export class ApiModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        InfrastructureModule.forRoot({ config, processName: 'api', processJobs: false }),
        ...apiFeatureModules,
      ],
    };
  }
}
