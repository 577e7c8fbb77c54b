import type { AppConfig } from '@leerruimte/api-core';
import { SsoSecrets } from './sso-secrets';

const keyA = Buffer.alloc(32, 'a');
const keyB = Buffer.alloc(32, 'b');
const secretsWith = (key: Buffer, previousKey?: Buffer) =>
  new SsoSecrets({ totp: { key, previousKey } } as AppConfig);
const connection = (clientSecret: string) => ({
  issuer: 'https://idp.test',
  clientId: 'lr',
  clientSecret,
});

describe(SsoSecrets.name, () => {
  it('seals a client secret so the stored value does not contain it, and opens it again', () => {
    const sut = secretsWith(keyA);

    const sealed = sut.seal('heel-geheim');

    expect(sealed).not.toContain('heel-geheim');
    expect(sut.clientOf(connection(sealed)).clientSecret).toBe('heel-geheim');
    expect(sut.resealed(connection(sealed))).toBeNull();
  });

  it('seals a secret of the key being rotated out again with the new key', () => {
    const sealedWithOldKey = secretsWith(keyB).seal('heel-geheim');
    const sut = secretsWith(keyA, keyB);

    const resealed = sut.resealed(connection(sealedWithOldKey));

    expect(resealed).not.toBeNull();
    expect(secretsWith(keyA).clientOf(connection(resealed as string)).clientSecret).toBe(
      'heel-geheim',
    );
  });
});
