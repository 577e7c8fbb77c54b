export * from './lib/trainings.module';
