import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, LessThan } from 'typeorm';
import { JobHandler, JobName, JobQueue } from '@leerruimte/api-infrastructure';
import { ReportExportRow } from './report-export.entity';

/** An export is made to be downloaded at once; a week leaves time to download it again. */
const REPORT_EXPORT_KEPT_DAYS = 7;
const CLEANUP_EVERY_MS = 60 * 60_000;

/** Hourly: removes report exports (and their files) older than a week, made or not. */
@Injectable()
export class ReportExportCleanup implements OnApplicationBootstrap {
  private readonly logger = new Logger(ReportExportCleanup.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // Upserting by id is idempotent, so every worker replica may do it at start.
    await this.jobs.schedule(
      'reporting-export-cleanup',
      JobName.ReportExportCleanup,
      {},
      { every: CLEANUP_EVERY_MS },
    );
  }

  @JobHandler(JobName.ReportExportCleanup)
  async run(): Promise<void> {
    const removed = await this.removeOld();
    if (removed > 0) this.logger.log(`Removed ${removed} old report export(s)`);
  }

  async removeOld(now = new Date()): Promise<number> {
    const { affected } = await this.dataSource.getRepository(ReportExportRow).delete({
      createdAt: LessThan(new Date(now.getTime() - REPORT_EXPORT_KEPT_DAYS * 24 * 60 * 60_000)),
    });
    return affected ?? 0;
  }
}
