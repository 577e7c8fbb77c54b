export * from './lib/learning.routes';
