import type { RateLimitRule } from '@leerruimte/api-infrastructure';

const LOGIN_WINDOW_SECONDS = 15 * 60;

/** Identity's limits, each counted by the one RateLimiter of api-core. */
export const rateLimits = {
  /** Failed logins and 2FA codes; a successful login clears the account's count. */
  loginFailuresPerAccount: {
    bucket: 'login-failures:account',
    limit: 10,
    windowSeconds: LOGIN_WINDOW_SECONDS,
  },
  loginFailuresPerIp: {
    bucket: 'login-failures:ip',
    limit: 50,
    windowSeconds: LOGIN_WINDOW_SECONDS,
  },
  passwordResetPerIp: { bucket: 'password-reset:ip', limit: 20, windowSeconds: 3600 },
  /** Counted for every address alike, so the limit tells nothing about which have an account. */
  passwordResetPerAddress: { bucket: 'password-reset:address', limit: 5, windowSeconds: 3600 },
  /** Invitation and password-reset links: opening, accepting, choosing a password. */
  linkTokenPerIp: { bucket: 'link-token:ip', limit: 60, windowSeconds: 900 },
} satisfies Record<string, RateLimitRule>;
