export * from './lib/identity.module';
export {
  SESSION_COOKIE,
  CSRF_COOKIE,
  CSRF_HEADER,
  DEVICE_COOKIE,
  csrfMatches,
} from './lib/sessions/cookies';
export { SessionService } from './lib/sessions/session.service';
export { PeopleImports } from './lib/people-import/people-imports.service';
export { DemoSso } from './lib/demo/demo-sso';
