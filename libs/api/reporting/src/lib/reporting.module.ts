import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { identityDataEntities } from '@leerruimte/api-identity-data';
import { ReportingSeeder } from './demo/reporting.seeder';
import { ReportExportCleanup } from './export/report-export-cleanup';
import { ReportExportRow } from './export/report-export.entity';
import { ReportExports } from './export/report-exports';
import { ReportService } from './report/report.service';
import { ReportsController } from './report/reports.controller';
import { ReportingRollup } from './rollup/reporting-rollup';
import {
  OrganisationMonthFigures,
  OrganisationReportSettings,
  ReportingMonth,
  TeamMonthFigures,
} from './rollup/rollup.entities';
import { ReportingToday } from './today/reporting-today';

export const reportingEntities = [
  TeamMonthFigures,
  OrganisationMonthFigures,
  ReportingMonth,
  OrganisationReportSettings,
  ReportExportRow,
];

/** Teamontwikkeling for organisation admins and team leads, read from the rollups. */
@Module({
  imports: [TypeOrmModule.forFeature([...reportingEntities, ...identityDataEntities])],
  controllers: [ReportsController],
  providers: [ReportExports, ReportService, ReportingSeeder, ReportingToday],
})
export class ReportingFeatureModule {}

/** The worker's part: keeping the rollups current and making export files. */
@Module({
  imports: [TypeOrmModule.forFeature([...reportingEntities, ...identityDataEntities])],
  providers: [ReportExports, ReportExportCleanup, ReportService, ReportingRollup],
})
export class ReportingWorkerModule {}
