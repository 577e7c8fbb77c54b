export * from './lib/trainings-api';
