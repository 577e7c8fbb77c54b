export * from './lib/locale.service';
export * from './lib/texts';
export * from './lib/plural';
export * from './lib/date-format';
