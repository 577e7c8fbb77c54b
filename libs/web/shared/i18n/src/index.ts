export * from './lib/locale.service';
export * from './lib/texts';
