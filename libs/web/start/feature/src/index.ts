export * from './lib/start.routes';
