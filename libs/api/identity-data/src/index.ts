export * from './lib/entities/organisation.entity';
export * from './lib/entities/team.entity';
export * from './lib/entities/user.entity';
export * from './lib/entities/membership.entity';
export * from './lib/entities/session.entity';
export { identityDataEntities } from './lib/identity-data-entities';
export * from './lib/notifications/notification.entity';
export * from './lib/notifications/notifier';
export * from './lib/notifications/notification-digest.entity';
