export * from './lib/learning-api';
export * from './lib/lesson-prefetch';
