export * from './lib/agenda.routes';
