import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@leerruimte/api-core';
import {
  CachesByPerson,
  DatabaseNotifications,
  NotifiedCache,
} from '@leerruimte/api-infrastructure';
import type { ModuleSummary } from '@leerruimte/shared-contracts';

/**
 * The channel the learning triggers notify (migration ModuleListAndReportNotifications): a
 * person's id when their lesson completions or enrolments changed; `*` when a module or lesson did.
 */
const LEARNING_CHANNEL = 'leerruimte_learning';

/** Each person's module lists with their progress, by person and search, held for `CACHE_SECONDS`. */
@Injectable()
export class ModuleListCache extends NotifiedCache<ModuleSummary[]> {
  constructor(
    notifications: DatabaseNotifications,
    byPerson: CachesByPerson,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    super(notifications, LEARNING_CHANNEL, config.cacheSeconds * 1000);
    byPerson.add(this);
  }
}
