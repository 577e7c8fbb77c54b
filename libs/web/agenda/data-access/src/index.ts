export * from './lib/agenda-api';
