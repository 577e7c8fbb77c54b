export * from './lib/accept-language.interceptor';
