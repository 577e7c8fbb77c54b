export * from './lib/notifications.module';
export * from './lib/notification.entity';
export * from './lib/notification-digest.entity';
export * from './lib/notification-preference.entity';
export * from './lib/notifier';
export * from './lib/notification-mails';
export * from './lib/notification-preferences';
export * from './lib/demo/demo-news';
