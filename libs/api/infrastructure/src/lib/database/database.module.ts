import { type DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '@leerruimte/api-core';
import { createDataSourceOptions } from './data-source-options';
import { DemoSeedRunner } from './seeding/demo-seed.runner';
import { SeedHistory } from './seeding/seed-history.entity';

@Module({})
export class DatabaseModule {
  /** `applicationName` tells the API, the worker and the CLI apart in pg_stat_activity. */
  static forRoot(applicationName: string): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        DiscoveryModule,
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({
            ...createDataSourceOptions({ ...config.database, applicationName }),
            // Each domain module registers its own entities with TypeOrmModule.forFeature.
            autoLoadEntities: true,
          }),
        }),
        TypeOrmModule.forFeature([SeedHistory]),
      ],
      providers: [DemoSeedRunner],
      exports: [TypeOrmModule, DemoSeedRunner],
    };
  }
}
