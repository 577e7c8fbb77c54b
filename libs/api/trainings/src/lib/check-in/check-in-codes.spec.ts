import { checkInCodes, isCheckInCode, newCheckInSecret } from './check-in-codes';

describe('self check-in codes', () => {
  const secret = newCheckInSecret();
  const at = new Date('2026-12-07T09:00:20Z');

  it('are six digits and a link token that change every minute', () => {
    const now = checkInCodes(secret, at);
    const next = checkInCodes(secret, new Date(at.getTime() + 60_000));
    expect(now.code).toMatch(/^\d{6}$/);
    expect(now.token).toMatch(/^[\w-]{22}$/);
    expect(now.validUntil.toISOString()).toBe('2026-12-07T09:01:00.000Z');
    expect(next.code).not.toBe(now.code);
    expect(next.token).not.toBe(now.token);
  });

  it('accept this and the previous minute, with spaces in the typed code', () => {
    const { code, token } = checkInCodes(secret, at);
    const spaced = `${code.slice(0, 3)} ${code.slice(3)}`;
    expect(isCheckInCode(secret, spaced, at)).toBe(true);
    expect(isCheckInCode(secret, token, new Date(at.getTime() + 60_000))).toBe(true);
  });

  it('refuse a code two minutes old, another session’s code and anything else', () => {
    const { code, token } = checkInCodes(secret, at);
    const later = new Date(at.getTime() + 120_000);
    expect(isCheckInCode(secret, code, later)).toBe(false);
    expect(isCheckInCode(secret, token, later)).toBe(false);
    expect(isCheckInCode(newCheckInSecret(), code, at)).toBe(false);
    expect(isCheckInCode(secret, '', at)).toBe(false);
    expect(isCheckInCode(secret, `${code}0`, at)).toBe(false);
  });
});
