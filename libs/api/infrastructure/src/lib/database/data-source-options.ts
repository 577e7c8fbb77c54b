import type { DataSourceOptions } from 'typeorm';
import { migrations } from './migrations';
import { SnakeNamingStrategy } from '@leerruimte/api-core';

export const MIGRATIONS_TABLE = 'migrations';

export interface DatabaseSettings {
  url: string;
  poolSize: number;
  /** Shown in pg_stat_activity, so an operator can tell the API from the worker. */
  applicationName: string;
}

/**
 * The one definition of how Leerruimte talks to PostgreSQL: used by the API, the worker, the
 * database CLI (migrate, check, generate) and the integration tests.
 */
export function createDataSourceOptions(
  settings: DatabaseSettings,
  entities: NonNullable<DataSourceOptions['entities']> = [],
): DataSourceOptions {
  return {
    type: 'postgres',
    url: settings.url,
    applicationName: settings.applicationName,
    entities,
    migrations,
    migrationsTableName: MIGRATIONS_TABLE,
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    // gen_random_uuid() is built into PostgreSQL 13+; the extension is only a fallback.
    uuidExtension: 'pgcrypto',
    namingStrategy: new SnakeNamingStrategy(),
    extra: { max: settings.poolSize },
  };
}
