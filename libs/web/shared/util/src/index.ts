export * from '@leerruimte/shared-paths';
export * from './lib/api-error';
export * from './lib/page-title';
export * from './lib/drafts';
