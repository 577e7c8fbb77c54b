import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { createHash } from 'node:crypto';
import { APP_CONFIG, type AppConfig, REDIS } from '@leerruimte/api-core';
import { identityErrors } from '../identity.errors';

export const LOGIN_WINDOW_SECONDS = 15 * 60;
export const MAX_FAILURES_PER_ACCOUNT = 10;
export const MAX_FAILURES_PER_IP = 50;

/**
 * Counts failed logins per account and per IP address in Redis, shared by every API replica.
 * Accounts are counted by a hash of the address, so unknown addresses are limited the same way
 * as known ones and the limit tells nothing about which exist.
 */
@Injectable()
export class LoginThrottle {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private keys(email: string, ip: string): [string, string] {
    const account = createHash('sha256').update(email.toLowerCase()).digest('hex').slice(0, 32);
    const prefix = `${this.config.redis.keyPrefix}:login-failures`;
    return [`${prefix}:account:${account}`, `${prefix}:ip:${ip}`];
  }

  async assertAllowed(email: string, ip: string): Promise<void> {
    const [accountKey, ipKey] = this.keys(email, ip);
    const [account, byIp] = await this.redis.mget(accountKey, ipKey);
    if (Number(account) >= MAX_FAILURES_PER_ACCOUNT || Number(byIp) >= MAX_FAILURES_PER_IP) {
      const ttl = Math.max(await this.redis.ttl(accountKey), await this.redis.ttl(ipKey), 60);
      throw identityErrors.tooManyAttempts(Math.ceil(ttl / 60));
    }
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    const [accountKey, ipKey] = this.keys(email, ip);
    await this.redis
      .multi()
      .incr(accountKey)
      .expire(accountKey, LOGIN_WINDOW_SECONDS, 'NX')
      .incr(ipKey)
      .expire(ipKey, LOGIN_WINDOW_SECONDS, 'NX')
      .exec();
  }

  async clearAccount(email: string, ip: string): Promise<void> {
    await this.redis.del(this.keys(email, ip)[0]);
  }
}
