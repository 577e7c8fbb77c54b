import { Injectable } from '@nestjs/common';
import { RateLimiter } from '@leerruimte/api-infrastructure';
import { rateLimits } from './rate-limits';

const { loginFailuresPerAccount: perAccount, loginFailuresPerIp: perIp } = rateLimits;

/** Failed logins, counted per account and per IP address; only failures count. */
@Injectable()
export class LoginThrottle {
  constructor(private readonly limiter: RateLimiter) {}

  async assertAllowed(email: string, ip: string): Promise<void> {
    await this.limiter.assertBelowLimit(perAccount, email);
    await this.limiter.assertBelowLimit(perIp, ip);
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    await Promise.all([this.limiter.count(perAccount, email), this.limiter.count(perIp, ip)]);
  }

  async clearAccount(email: string): Promise<void> {
    await this.limiter.reset(perAccount, email);
  }
}
