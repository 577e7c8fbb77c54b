export * from './lib/entities/organisation.entity';
export * from './lib/entities/team.entity';
export * from './lib/entities/user.entity';
export * from './lib/entities/membership.entity';
export * from './lib/entities/session.entity';
export { identityDataEntities } from './lib/identity-data-entities';
export * from './lib/audit/audit-entry.entity';
export * from './lib/audit/audit-log';
export * from './lib/viewers/viewers';
