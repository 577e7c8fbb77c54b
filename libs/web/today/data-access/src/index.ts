export * from './lib/today-api';
