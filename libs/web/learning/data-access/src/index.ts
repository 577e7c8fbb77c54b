export * from './lib/learning-api';
