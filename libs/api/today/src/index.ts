export * from './lib/today.module';
