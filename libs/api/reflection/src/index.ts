export * from './lib/reflection.module';
export { reflectionActivity } from './lib/reporting/reflection-activity';
