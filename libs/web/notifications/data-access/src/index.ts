export * from './lib/notifications.store';
export * from './lib/notifications-api';
