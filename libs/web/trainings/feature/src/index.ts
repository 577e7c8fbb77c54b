export * from './lib/trainings.routes';
