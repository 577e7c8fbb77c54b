import type { RateLimitRule } from '@leerruimte/api-infrastructure';

const DAY_SECONDS = 24 * 3600;
/** Failures are only counted, never refused by their limit: the waits below do the refusing. */
const COUNT_ONLY = Number.MAX_SAFE_INTEGER;

/** Identity's limits, each counted by the one RateLimiter of api-infrastructure. */
export const rateLimits = {
  /** Failed logins and 2FA codes of a day; a successful login clears the account's count. */
  loginFailuresPerAccount: {
    bucket: 'login-failures:account',
    limit: COUNT_ONLY,
    windowSeconds: DAY_SECONDS,
  },
  loginFailuresPerIp: {
    bucket: 'login-failures:ip',
    limit: COUNT_ONLY,
    windowSeconds: DAY_SECONDS,
  },
  /** The wait that runs after too many failures (`LoginThrottle` sets it with `block`). */
  loginWaitPerAccount: { bucket: 'login-wait:account', limit: 0, windowSeconds: 1 },
  loginWaitPerIp: { bucket: 'login-wait:ip', limit: 0, windowSeconds: 1 },
  passwordResetPerIp: { bucket: 'password-reset:ip', limit: 20, windowSeconds: 3600 },
  /** Counted for every address alike, so the limit tells nothing about which have an account. */
  passwordResetPerAddress: { bucket: 'password-reset:address', limit: 5, windowSeconds: 3600 },
  unlockLinkPerIp: { bucket: 'unlock-link:ip', limit: 20, windowSeconds: 3600 },
  unlockLinkPerAddress: { bucket: 'unlock-link:address', limit: 5, windowSeconds: 3600 },
  /** The login page's sign-in method question and leaving for a provider. */
  signInMethodPerIp: { bucket: 'sign-in-method:ip', limit: 60, windowSeconds: 900 },
  /** Invitation, password-reset and unlock links: opening, accepting, choosing a password. */
  linkTokenPerIp: { bucket: 'link-token:ip', limit: 60, windowSeconds: 900 },
} satisfies Record<string, RateLimitRule>;
