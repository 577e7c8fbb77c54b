export * from './lib/status-indicator';
export * from './lib/notice';
export * from './lib/server-errors';
export * from './lib/field-errors';
export * from './lib/form-action';
export * from './lib/privacy-findings';
export * from './lib/load-state';
export * from './lib/breadcrumb';
