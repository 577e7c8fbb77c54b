export * from './lib/reflection.routes';
