export * from './lib/app-paths';
