export * from './lib/accept-language.interceptor';
export * from './lib/platform-api';
