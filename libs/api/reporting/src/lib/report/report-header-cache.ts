import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@leerruimte/api-core';
import { DatabaseNotifications, NotifiedCache } from '@leerruimte/api-infrastructure';
import type { reportHeader } from './report.queries';

/**
 * The channel the report triggers notify (migration ModuleListAndReportNotifications): an
 * organisation's id when its teams, name or report setting changed; `*` when the rollup ran.
 */
const REPORTS_CHANNEL = 'leerruimte_reports';

export type ReportHeader = Awaited<ReturnType<typeof reportHeader>>;

/**
 * What a report depends on besides its figures, by organisation and period, held for
 * `CACHE_SECONDS`; wrapped, since an unknown organisation's header (undefined) is held too.
 */
@Injectable()
export class ReportHeaderCache extends NotifiedCache<{ header: ReportHeader }> {
  constructor(notifications: DatabaseNotifications, @Inject(APP_CONFIG) config: AppConfig) {
    super(notifications, REPORTS_CHANNEL, config.cacheSeconds * 1000);
  }
}
