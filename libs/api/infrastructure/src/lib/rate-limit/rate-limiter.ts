import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { createHash } from 'node:crypto';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { APP_CONFIG, type AppConfig, AppError } from '@leerruimte/api-core';
import { REDIS } from '../queue/redis.tokens';

export interface RateLimitRule {
  /** Names the counter, e.g. "password-reset:ip". */
  bucket: string;
  limit: number;
  windowSeconds: number;
}

export const tooManyAttempts = (minutes: number) =>
  new AppError(HttpStatus.TOO_MANY_REQUESTS, 'too_many_attempts', {
    nl: `Te veel mislukte pogingen. Probeer het over ${minutes} minuten opnieuw.`,
    en: `Too many failed attempts. Try again in ${minutes} minutes.`,
  });

/**
 * The one rate limiter: counters in Redis (shared by every API replica), a fixed window per
 * rule from the first count. Subjects (addresses, IPs) are stored as hashes, and unknown
 * subjects are counted like known ones, so a limit tells nothing about which accounts exist.
 */
@Injectable()
export class RateLimiter {
  private readonly limiters = new Map<string, RateLimiterRedis>();

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Counts one request; refuses it with a 429 once the window's limit is passed. */
  async consume(rule: RateLimitRule, subject: string): Promise<void> {
    try {
      await this.limiter(rule).consume(this.key(subject));
    } catch (refusal) {
      if (refusal instanceof RateLimiterRes) throw tooManyAttempts(minutesLeft(refusal));
      throw refusal;
    }
  }

  /** Refuses with a 429 when the limit is reached, without counting (e.g. only failures count). */
  async assertBelowLimit(rule: RateLimitRule, subject: string): Promise<void> {
    const state = await this.limiter(rule).get(this.key(subject));
    if (state && state.consumedPoints >= rule.limit) throw tooManyAttempts(minutesLeft(state));
  }

  /** Counts one without refusing (what `assertBelowLimit` checks later); the window's count. */
  async count(rule: RateLimitRule, subject: string): Promise<number> {
    return (await this.limiter(rule).penalty(this.key(subject))).consumedPoints;
  }

  /** Refuses the subject for a while (e.g. a growing wait after failures); see `msBlocked`. */
  async block(rule: RateLimitRule, subject: string, seconds: number): Promise<void> {
    await this.limiter(rule).block(this.key(subject), seconds);
  }

  /** How long the subject is still blocked by `block` or by passing the limit; 0 when it is not. */
  async msBlocked(rule: RateLimitRule, subject: string): Promise<number> {
    const state = await this.limiter(rule).get(this.key(subject));
    return state && state.consumedPoints > rule.limit ? state.msBeforeNext : 0;
  }

  async reset(rule: RateLimitRule, subject: string): Promise<void> {
    await this.limiter(rule).delete(this.key(subject));
  }

  private key(subject: string): string {
    return createHash('sha256').update(subject.toLowerCase()).digest('hex').slice(0, 32);
  }

  private limiter(rule: RateLimitRule): RateLimiterRedis {
    let limiter = this.limiters.get(rule.bucket);
    if (!limiter) {
      limiter = new RateLimiterRedis({
        storeClient: this.redis,
        keyPrefix: `${this.config.redis.keyPrefix}:rate:${rule.bucket}`,
        points: rule.limit,
        duration: rule.windowSeconds,
      });
      this.limiters.set(rule.bucket, limiter);
    }
    return limiter;
  }
}

function minutesLeft(state: RateLimiterRes): number {
  return Math.max(1, Math.ceil(state.msBeforeNext / 60_000));
}
