import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { REPORT_ACTIVITIES, type ReportActivity } from '@leerruimte/api-core';
import { identityDataEntities } from '@leerruimte/api-identity-data';
import { ReportingSeeder } from './demo/reporting.seeder';
import { ReportExportCleanup } from './export/report-export-cleanup';
import { ReportExportRow } from './export/report-export.entity';
import { ReportExports } from './export/report-exports';
import { ReportHeaderCache } from './report/report-header-cache';
import { ReportService } from './report/report.service';
import { ReportsController } from './report/reports.controller';
import { RollingTrend } from './report/rolling-trend';
import { ReportingRollup } from './rollup/reporting-rollup';
import {
  OrganisationMonthFigures,
  OrganisationReportSettings,
  ReportingMonth,
  TeamMonthFigures,
  TeamWindowPeople,
} from './rollup/rollup.entities';
import { ReportingToday } from './today/reporting-today';

export const reportingEntities = [
  TeamMonthFigures,
  TeamWindowPeople,
  OrganisationMonthFigures,
  ReportingMonth,
  OrganisationReportSettings,
  ReportExportRow,
];

/** Teamontwikkeling for organisation admins and team leads, read from the rollups. */
@Module({
  imports: [TypeOrmModule.forFeature([...reportingEntities, ...identityDataEntities])],
  controllers: [ReportsController],
  providers: [
    ReportExports,
    ReportHeaderCache,
    ReportService,
    ReportingSeeder,
    ReportingToday,
    RollingTrend,
  ],
})
export class ReportingFeatureModule {}

/**
 * The worker's part: keeping the rollups current and making export files. The worker gives
 * each domain's part of the reports (`learningActivity`, ...), so the graph shows who reads what.
 */
@Module({})
export class ReportingWorkerModule {
  static withActivities(activities: readonly ReportActivity[]): DynamicModule {
    return {
      module: ReportingWorkerModule,
      imports: [TypeOrmModule.forFeature([...reportingEntities, ...identityDataEntities])],
      providers: [
        { provide: REPORT_ACTIVITIES, useValue: activities },
        ReportExports,
        ReportExportCleanup,
        ReportHeaderCache,
        ReportService,
        ReportingRollup,
        RollingTrend,
      ],
    };
  }
}
