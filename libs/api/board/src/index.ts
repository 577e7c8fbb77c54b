export * from './lib/board.module';
export { boardActivity } from './lib/reporting/board-activity';
