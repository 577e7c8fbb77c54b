export * from './lib/client-data';
