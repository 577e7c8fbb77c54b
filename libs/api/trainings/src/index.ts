export * from './lib/trainings.module';
export { trainingsActivity } from './lib/reporting/trainings-activity';
