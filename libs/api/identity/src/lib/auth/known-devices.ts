import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '@leerruimte/api-core';
import { REDIS } from '@leerruimte/api-infrastructure';
import { hashToken } from '../sessions/session.service';

/** As long as the device cookie lives; each login on the device starts it again. */
export const KNOWN_DEVICE_SECONDS = 180 * 24 * 3600;

/**
 * Browsers that logged in to an account before (or opened its unlock link), so failed logins
 * by someone else never keep its owner out. The browser holds a random token in a cookie; Redis
 * holds only a hash of it with the address, which expires.
 */
@Injectable()
export class KnownDevices {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private key(email: string, token: string): string {
    return `${this.config.redis.keyPrefix}:known-device:${hashToken(`${email.toLowerCase()} ${token}`)}`;
  }

  async isKnown(email: string, token: string | undefined): Promise<boolean> {
    return token !== undefined && (await this.redis.exists(this.key(email, token))) === 1;
  }

  /** Remembers this browser for the account; returns the token its cookie keeps (new or the same). */
  async remember(email: string, token: string | undefined): Promise<string> {
    const deviceToken = token && token.length >= 32 ? token : randomBytes(32).toString('base64url');
    await this.redis.set(this.key(email, deviceToken), '1', 'EX', KNOWN_DEVICE_SECONDS);
    return deviceToken;
  }
}
