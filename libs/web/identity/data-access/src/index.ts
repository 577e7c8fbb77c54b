export * from './lib/session.store';
