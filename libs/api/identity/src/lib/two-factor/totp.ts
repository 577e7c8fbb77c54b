import { Secret, TOTP } from 'otpauth';
import { type AppConfig, SecretBox } from '@leerruimte/api-core';

const ISSUER = 'Leerruimte';
/** One step either side: a phone clock that is up to 30 seconds off still works. */
const WINDOW = 1;

/** TOTP secrets are stored sealed with the configured key (AES-256-GCM), never as they are. */
export function totpSecretBox(config: Pick<AppConfig, 'totp'>): SecretBox {
  return new SecretBox(config.totp.key, config.totp.previousKey);
}

function totpFor(secret: string, label = '') {
  // SHA-1, six digits, 30 seconds: the defaults every authenticator app supports.
  return new TOTP({ issuer: ISSUER, label, secret: Secret.fromBase32(secret) });
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function totpUri(secret: string, email: string): string {
  return totpFor(secret, email).toString();
}

/** The current code; for the demo's helper command and for tests. */
export function currentTotpCode(secret: string, now = Date.now()): string {
  return totpFor(secret).generate({ timestamp: now });
}

/**
 * The time step the code belongs to, or undefined when it does not match. A code whose step is
 * not after `lastStep` was already used (or is older than one that was), so it is refused too.
 */
export function verifyTotp(
  secret: string,
  code: string,
  lastStep: number | null,
  now = Date.now(),
): number | undefined {
  const totp = totpFor(secret);
  const delta = totp.validate({ token: code, timestamp: now, window: WINDOW });
  if (delta === null) return undefined;
  const step = totp.counter({ timestamp: now }) + delta;
  return lastStep !== null && step <= lastStep ? undefined : step;
}
