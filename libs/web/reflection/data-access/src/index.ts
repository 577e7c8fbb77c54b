export * from './lib/reflection-api';
