import { Redis, type RedisOptions } from 'ioredis';

/**
 * Connection for producers and general commands: fail fast when Redis is away, so an HTTP
 * request gets an error instead of hanging.
 */
export function createRedisClient(url: string, name: string): Redis {
  return new Redis(url, {
    connectionName: name,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    lazyConnect: false,
  });
}

/**
 * Connection for BullMQ workers, as BullMQ documents for production: commands wait for
 * Redis to come back instead of failing, so a Redis restart does not lose a job.
 */
export function workerRedisOptions(name: string): RedisOptions {
  return { connectionName: name, maxRetriesPerRequest: null, enableOfflineQueue: true };
}
