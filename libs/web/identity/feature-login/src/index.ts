export * from './lib/login.routes';
