import { checkPassword } from './password-policy';

describe(checkPassword.name, () => {
  it('accepts a long, uncommon password', () => {
    expect(checkPassword('fiets-regen-koffie-dinsdag')).toBeUndefined();
  });

  it('rejects fewer than 12 characters, counting characters rather than bytes', () => {
    expect(checkPassword('kort-wacht1')?.code).toBe('password_too_short');
    expect(checkPassword('éééééééééééé')).toBeUndefined();
  });

  it('accepts up to 128 characters and no more', () => {
    expect(checkPassword('a-b'.repeat(42) + 'xy')).toBeUndefined();
    expect(checkPassword('x'.repeat(129))?.code).toBe('password_too_long');
  });

  it('rejects common passwords whatever their case, Dutch ones included', () => {
    expect(checkPassword('Wachtwoord123')?.code).toBe('password_too_common');
    expect(checkPassword('WELKOM123456')?.code).toBe('password_too_common');
    expect(checkPassword('Qwerty123456')?.code).toBe('password_too_common');
  });

  it('explains the rule in Dutch and English', () => {
    expect(checkPassword('kort')?.text).toEqual({
      nl: expect.stringContaining('minstens 12 tekens'),
      en: expect.stringContaining('at least 12 characters'),
    });
  });
});
