export * from './lib/search-api';
