import { randomBytes } from 'node:crypto';
import { SecretBox } from './secret-box';

describe(SecretBox.name, () => {
  const oldKey = randomBytes(32);
  const newKey = randomBytes(32);
  const secret = 'JBSWY3DPEHPK3PXP';

  it('stores no trace of the secret, and opens what it sealed', () => {
    const box = new SecretBox(newKey);
    const sealed = box.seal(secret);

    expect(sealed).not.toContain(secret);
    expect(sealed).not.toBe(box.seal(secret));
    expect(box.open(sealed)).toEqual({ plain: secret, stale: false });
  });

  it('opens what the previous key sealed during a rotation, and says to seal it again', () => {
    const sealed = new SecretBox(oldKey).seal(secret);

    expect(new SecretBox(newKey, oldKey).open(sealed)).toEqual({ plain: secret, stale: true });
    expect(() => new SecretBox(newKey).open(sealed)).toThrow(/No key/);
  });

  it('refuses a sealed secret that was changed', () => {
    const box = new SecretBox(newKey);
    const parts = box.seal(secret).split('.');
    parts[4] = Buffer.from('ander geheim').toString('base64url');

    expect(() => box.open(parts.join('.'))).toThrow();
  });

  it('reads a secret stored before sealing as itself, to be sealed again', () => {
    expect(new SecretBox(newKey).open(secret)).toEqual({ plain: secret, stale: true });
  });
});
