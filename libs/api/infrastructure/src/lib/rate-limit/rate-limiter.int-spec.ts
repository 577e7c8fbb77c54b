import { Redis } from 'ioredis';
import { deleteRedisKeys, testConfig } from '../../testing';
import { AppError } from '@leerruimte/api-core';
import { RateLimiter } from './rate-limiter';

describe(RateLimiter.name, () => {
  const config = testConfig();
  const redis = new Redis(config.redis.url);
  const limiter = new RateLimiter(redis, config);
  const rule = { bucket: 'test:ip', limit: 3, windowSeconds: 600 };

  beforeEach(() => deleteRedisKeys(redis, `${config.redis.keyPrefix}:rate:*`));
  afterAll(() => redis.disconnect());

  async function refusal(attempt: Promise<void>): Promise<AppError> {
    const error = await attempt.then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    if (!(error instanceof AppError)) throw new Error(`expected a refusal, got ${String(error)}`);
    return error;
  }

  it('allows the limit, then refuses with a 429 and the minutes left', async () => {
    for (let i = 0; i < rule.limit; i++) await limiter.consume(rule, '10.0.0.1');
    const refused = await refusal(limiter.consume(rule, '10.0.0.1'));
    expect(refused.status).toBe(429);
    expect(refused.code).toBe('too_many_attempts');
    expect(refused.text.nl).toBe('Te veel mislukte pogingen. Probeer het over 10 minuten opnieuw.');
    // Another subject has its own count; a subject is counted case-insensitively.
    await limiter.consume(rule, '10.0.0.2');
    await limiter.consume(rule, 'Anouk@Voorbeeldstad.test');
    await limiter.consume(rule, 'anouk@voorbeeldstad.test');
  });

  it('checks without counting, counts without refusing, and forgets on reset', async () => {
    await limiter.assertBelowLimit(rule, 'joost@voorbeeldstad.test');
    for (let i = 0; i < rule.limit; i++) await limiter.count(rule, 'joost@voorbeeldstad.test');
    await limiter.count(rule, 'joost@voorbeeldstad.test');
    expect((await refusal(limiter.assertBelowLimit(rule, 'joost@voorbeeldstad.test'))).status).toBe(
      429,
    );
    await limiter.reset(rule, 'joost@voorbeeldstad.test');
    await limiter.assertBelowLimit(rule, 'joost@voorbeeldstad.test');
  });

  it('counts failures in the window and blocks a subject for as long as asked', async () => {
    expect(await limiter.count(rule, 'daan@voorbeeldstad.test')).toBe(1);
    expect(await limiter.count(rule, 'daan@voorbeeldstad.test')).toBe(2);
    expect(await limiter.msBlocked(rule, 'daan@voorbeeldstad.test')).toBe(0);

    await limiter.block(rule, 'daan@voorbeeldstad.test', 30);

    const blocked = await limiter.msBlocked(rule, 'daan@voorbeeldstad.test');
    expect(blocked).toBeGreaterThan(29_000);
    expect(blocked).toBeLessThanOrEqual(30_000);
    expect(await limiter.msBlocked(rule, 'noor@voorbeeldstad.test')).toBe(0);
    await limiter.reset(rule, 'daan@voorbeeldstad.test');
    expect(await limiter.msBlocked(rule, 'daan@voorbeeldstad.test')).toBe(0);
  });

  it('stores subjects as hashes, under the run key prefix', async () => {
    await limiter.consume(rule, 'fatma@voorbeeldstad.test');
    const keys = await redis.keys(`${config.redis.keyPrefix}:rate:test:ip:*`);
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(/:[0-9a-f]{32}$/);
    expect(keys[0]).not.toContain('fatma');
    expect(await redis.ttl(keys[0])).toBeGreaterThan(590);
  });
});
