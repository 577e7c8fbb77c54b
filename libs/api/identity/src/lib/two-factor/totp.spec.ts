import { currentTotpCode, newTotpSecret, totpUri, verifyTotp } from './totp';

describe('TOTP', () => {
  const secret = newTotpSecret();
  const now = Date.UTC(2026, 10, 22, 12, 0, 10);

  it('makes 160-bit base32 secrets, different each time', () => {
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(secret);
  });

  it('accepts the current code and those of the neighbouring 30-second steps', () => {
    const step = Math.floor(now / 30_000);
    expect(verifyTotp(secret, currentTotpCode(secret, now), null, now)).toBe(step);
    expect(verifyTotp(secret, currentTotpCode(secret, now - 30_000), null, now)).toBe(step - 1);
    expect(verifyTotp(secret, currentTotpCode(secret, now + 30_000), null, now)).toBe(step + 1);
  });

  it('refuses codes from further away, wrong codes and codes of another secret', () => {
    expect(verifyTotp(secret, currentTotpCode(secret, now - 90_000), null, now)).toBeUndefined();
    const wrong = String((Number(currentTotpCode(secret, now)) + 1) % 1_000_000).padStart(6, '0');
    expect(verifyTotp(secret, wrong, null, now)).toBeUndefined();
    expect(verifyTotp(newTotpSecret(), currentTotpCode(secret, now), null, now)).toBeUndefined();
  });

  it('refuses a code whose step was already used, or an older one', () => {
    const code = currentTotpCode(secret, now);
    const step = verifyTotp(secret, code, null, now) as number;
    expect(verifyTotp(secret, code, step, now)).toBeUndefined();
    expect(verifyTotp(secret, currentTotpCode(secret, now - 30_000), step, now)).toBeUndefined();
    expect(verifyTotp(secret, currentTotpCode(secret, now + 30_000), step, now)).toBe(step + 1);
  });

  it('writes an otpauth URI an authenticator app understands', () => {
    const uri = new URL(totpUri(secret, 'fatma@voorbeeldstad.test'));
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.host).toBe('totp');
    expect(uri.searchParams.get('secret')).toBe(secret);
    expect(uri.searchParams.get('issuer')).toBe('Leerruimte');
    expect(decodeURIComponent(uri.pathname)).toBe('/Leerruimte:fatma@voorbeeldstad.test');
  });
});
