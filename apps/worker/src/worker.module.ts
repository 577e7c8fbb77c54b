import { type DynamicModule, Module } from '@nestjs/common';
import type { AppConfig } from '@leerruimte/api-core';
import { InfrastructureModule } from '@leerruimte/api-infrastructure';
import { boardActivity } from '@leerruimte/api-board';
import { IdentityWorkerModule } from '@leerruimte/api-identity';
import { NotificationsWorkerModule } from '@leerruimte/api-notifications';
import { LearningWorkerModule, learningActivity } from '@leerruimte/api-learning';
import { PlatformWorkerModule } from '@leerruimte/api-platform';
import { ReflectionWorkerModule, reflectionActivity } from '@leerruimte/api-reflection';
import { ReportingWorkerModule } from '@leerruimte/api-reporting';
import { TrainingsWorkerModule, trainingsActivity } from '@leerruimte/api-trainings';

/** The modules whose jobs the worker runs; the same domain code as the API, without HTTP. */
export const workerFeatureModules = [
  PlatformWorkerModule,
  IdentityWorkerModule,
  NotificationsWorkerModule,
  LearningWorkerModule,
  ReflectionWorkerModule,
  TrainingsWorkerModule,
  // The rollup reads each domain's activity through the part that domain exports.
  ReportingWorkerModule.withActivities([
    learningActivity,
    reflectionActivity,
    boardActivity,
    trainingsActivity,
  ]),
];

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        InfrastructureModule.forRoot({ config, processName: 'worker', processJobs: true }),
        ...workerFeatureModules,
      ],
    };
  }
}
