// Deletes the Redis keys under one prefix (a test run's), never anything else in that Redis.
// CommonJS, so both Jest's global teardown and the ESM scripts can use it.
const { Redis } = require('ioredis');

async function deleteRedisKeys(redisUrl, keyPrefix) {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${keyPrefix}:*`, 'COUNT', 500);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

module.exports = { deleteRedisKeys };
