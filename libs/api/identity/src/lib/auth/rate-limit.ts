import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { createHash } from 'node:crypto';
import { APP_CONFIG, type AppConfig, REDIS } from '@leerruimte/api-core';
import { identityErrors } from '../identity.errors';

export interface RateLimitRule {
  /** Names the counter, e.g. "password-reset:ip". */
  bucket: string;
  limit: number;
  windowSeconds: number;
}

export const rateLimits = {
  passwordResetPerIp: { bucket: 'password-reset:ip', limit: 20, windowSeconds: 3600 },
  /** Counted for every address alike, so the limit tells nothing about which have an account. */
  passwordResetPerAddress: { bucket: 'password-reset:address', limit: 5, windowSeconds: 3600 },
  /** Invitation and password-reset links: opening, accepting, choosing a password. */
  linkTokenPerIp: { bucket: 'link-token:ip', limit: 60, windowSeconds: 900 },
} satisfies Record<string, RateLimitRule>;

/**
 * Counts requests to public endpoints that mail someone or take a secret from a link, in Redis
 * (shared by every API replica), so they cannot be used to flood inboxes or guess tokens.
 */
@Injectable()
export class RateLimit {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Counts one request; throws a 429 once the window's limit is passed. */
  async consume(rule: RateLimitRule, subject: string): Promise<void> {
    const hashed = createHash('sha256').update(subject.toLowerCase()).digest('hex').slice(0, 32);
    const key = `${this.config.redis.keyPrefix}:rate:${rule.bucket}:${hashed}`;
    const [[, count], , [, ttl]] = (await this.redis
      .multi()
      .incr(key)
      .expire(key, rule.windowSeconds, 'NX')
      .ttl(key)
      .exec()) as [[null, number], [null, number], [null, number]];
    if (count > rule.limit) {
      throw identityErrors.tooManyAttempts(Math.max(1, Math.ceil(ttl / 60)));
    }
  }
}
