export * from './lib/reporting.module';
export { ReportingRollup } from './lib/rollup/reporting-rollup';
export { ReportExports } from './lib/export/report-exports';
export { ReportExportCleanup } from './lib/export/report-export-cleanup';
