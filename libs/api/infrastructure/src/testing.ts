// Test helpers, imported as '@leerruimte/api-infrastructure/testing' by integration tests only.
export * from './testing/test-context';
export * from './testing/insert-row';
export * from './testing/redis-server';
