export * from './lib/board-api';
