export * from './lib/reflection.module';
