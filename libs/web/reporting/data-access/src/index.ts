export * from './lib/reporting-api';
