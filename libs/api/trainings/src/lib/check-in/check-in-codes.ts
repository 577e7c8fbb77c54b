import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Codes change every minute: one read off the screen works, one passed on soon does not. */
const STEP_MS = 60_000;

export function newCheckInSecret(): string {
  return randomBytes(32).toString('hex');
}

function stepOf(now: Date): number {
  return Math.floor(now.getTime() / STEP_MS);
}

function digest(secret: string, kind: 'code' | 'link', step: number): Buffer {
  return createHmac('sha256', Buffer.from(secret, 'hex')).update(`${kind}:${step}`).digest();
}

/** Six digits, short enough to type from the back of the room. */
function typedCode(secret: string, step: number): string {
  return String(digest(secret, 'code', step).readUInt32BE(0) % 1_000_000).padStart(6, '0');
}

/** Longer than the typed code, as nobody types it: it travels inside the QR code's link. */
function linkToken(secret: string, step: number): string {
  return digest(secret, 'link', step).toString('base64url').slice(0, 22);
}

/** This minute's code and link token, and when they make way for the next. */
export function checkInCodes(secret: string, now: Date) {
  const step = stepOf(now);
  return {
    code: typedCode(secret, step),
    token: linkToken(secret, step),
    validUntil: new Date((step + 1) * STEP_MS),
  };
}

/**
 * Whether `given` is this minute's or the previous minute's code or link token. The previous
 * one still counts so that a code typed just as the screen changes is not refused.
 */
export function isCheckInCode(secret: string, given: string, now: Date): boolean {
  const typed = given.replace(/\s/g, '');
  const step = stepOf(now);
  return [step, step - 1].some(
    (candidate) =>
      sameText(typed, typedCode(secret, candidate)) ||
      sameText(typed, linkToken(secret, candidate)),
  );
}

function sameText(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
