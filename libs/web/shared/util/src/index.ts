export * from './lib/app-paths';
export * from './lib/api-error';
export * from './lib/page-title';
export * from './lib/drafts';
