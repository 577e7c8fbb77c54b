export * from './lib/session.store';
export * from './lib/identity-api';
export * from './lib/require-login.guard';
export * from './lib/session-expired.interceptor';
export * from './lib/client-data-context';
