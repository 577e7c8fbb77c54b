export * from './lib/i18n/locale';
export * from './lib/errors/error-body';
export * from './lib/errors/describe-issue';
export * from './lib/platform/health';
export * from './lib/platform/platform-status';
export * from './lib/identity/auth';
export * from './lib/identity/teams';
export * from './lib/identity/invitations';
