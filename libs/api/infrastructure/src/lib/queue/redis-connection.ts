import { Redis, type RedisOptions } from 'ioredis';

/**
 * Connection for producers and general commands: fail fast when Redis is away, so an HTTP
 * request gets an error instead of hanging. Resolves once connected, so start-up fails with a
 * clear message when Redis cannot be reached at all.
 */
export async function createRedisClient(url: string, name: string): Promise<Redis> {
  const client = new Redis(url, {
    connectionName: name,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    lazyConnect: true,
  });
  try {
    await client.connect();
  } catch (error) {
    client.disconnect();
    const where = new URL(url);
    where.password = '';
    throw new Error(
      `Redis is not reachable at ${where.toString()} (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  return client;
}

/**
 * Connection for BullMQ workers, as BullMQ documents for production: commands wait for
 * Redis to come back instead of failing, so a Redis restart does not lose a job.
 */
export function workerRedisOptions(name: string): RedisOptions {
  return { connectionName: name, maxRetriesPerRequest: null, enableOfflineQueue: true };
}
