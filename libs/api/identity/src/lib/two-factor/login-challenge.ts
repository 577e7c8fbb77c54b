import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '@leerruimte/api-core';
import { REDIS } from '@leerruimte/api-infrastructure';
import { hashToken } from '../sessions/session.service';

/** Long enough to find the phone and open the app, short enough that a stolen token is stale. */
export const LOGIN_CHALLENGE_SECONDS = 5 * 60;

/**
 * Between the password and the second factor: a random token that says "this person gave the
 * right password a moment ago". It lives in Redis and is used up by a successful code.
 */
@Injectable()
export class LoginChallenges {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private key(challenge: string): string {
    return `${this.config.redis.keyPrefix}:login-challenge:${hashToken(challenge)}`;
  }

  async issue(userId: string): Promise<string> {
    const challenge = randomBytes(32).toString('base64url');
    await this.redis.set(this.key(challenge), userId, 'EX', LOGIN_CHALLENGE_SECONDS);
    return challenge;
  }

  async userFor(challenge: string): Promise<string | undefined> {
    return (await this.redis.get(this.key(challenge))) ?? undefined;
  }

  async useUp(challenge: string): Promise<void> {
    await this.redis.del(this.key(challenge));
  }
}
