import { HttpStatus, Injectable } from '@nestjs/common';
import { AppError } from '@leerruimte/api-core';
import { RateLimiter } from '@leerruimte/api-infrastructure';
import { KnownDevices } from './known-devices';
import { rateLimits } from './rate-limits';

/** Typos are free; an office behind one address makes more of them than one person. */
export const FREE_FAILURES = { account: 4, ip: 30 };
export const LONGEST_WAIT_SECONDS = 15 * 60;

/** The wait after the n-th failure of a day: 2, 4, 8, … seconds once the free ones are used, at most 15 minutes. */
export function waitAfterFailures(failures: number, free: number): number {
  return failures <= free ? 0 : Math.min(LONGEST_WAIT_SECONDS, 2 ** (failures - free));
}

function duration(seconds: number): { nl: string; en: string } {
  if (seconds < 60) {
    return seconds === 1
      ? { nl: '1 seconde', en: '1 second' }
      : { nl: `${seconds} seconden`, en: `${seconds} seconds` };
  }
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1
    ? { nl: '1 minuut', en: '1 minute' }
    : { nl: `${minutes} minuten`, en: `${minutes} minutes` };
}

export const loginDelayed = (seconds: number) => {
  const wait = duration(seconds);
  return new AppError(HttpStatus.TOO_MANY_REQUESTS, 'login_delayed', {
    nl: `Te veel mislukte pogingen. Wacht ${wait.nl} en probeer het opnieuw, of laat je een link mailen waarmee je op dit apparaat meteen weer kunt inloggen.`,
    en: `Too many failed attempts. Wait ${wait.en} and try again, or have a link mailed to you that lets you log in on this device right away.`,
  });
};

/**
 * Failed logins make the next attempt wait, longer with each failure, per account and per IP
 * address. Nobody is locked out: the wait never stops the right password from a device that
 * logged in to the account before, or after the person opened an unlock link from their mail.
 */
@Injectable()
export class LoginThrottle {
  constructor(
    private readonly limiter: RateLimiter,
    private readonly devices: KnownDevices,
  ) {}

  async assertAllowed(email: string, client: { ip: string; deviceToken?: string }): Promise<void> {
    if (await this.devices.isKnown(email, client.deviceToken)) return;
    const waitMs = Math.max(
      await this.limiter.msBlocked(rateLimits.loginWaitPerAccount, email),
      await this.limiter.msBlocked(rateLimits.loginWaitPerIp, client.ip),
    );
    if (waitMs > 0) throw loginDelayed(Math.ceil(waitMs / 1000));
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    const [accountFailures, ipFailures] = await Promise.all([
      this.limiter.count(rateLimits.loginFailuresPerAccount, email),
      this.limiter.count(rateLimits.loginFailuresPerIp, ip),
    ]);
    const accountWait = waitAfterFailures(accountFailures, FREE_FAILURES.account);
    const ipWait = waitAfterFailures(ipFailures, FREE_FAILURES.ip);
    await Promise.all([
      accountWait > 0 && this.limiter.block(rateLimits.loginWaitPerAccount, email, accountWait),
      ipWait > 0 && this.limiter.block(rateLimits.loginWaitPerIp, ip, ipWait),
    ]);
  }

  async clearAccount(email: string): Promise<void> {
    await Promise.all([
      this.limiter.reset(rateLimits.loginFailuresPerAccount, email),
      this.limiter.reset(rateLimits.loginWaitPerAccount, email),
    ]);
  }
}
