export * from './lib/app-shell';
export * from './lib/localized-title.strategy';
