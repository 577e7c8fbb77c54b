import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

const VERSION = 'v1';

/** A short name of a key, stored beside what it sealed, so rotation knows which key to try. */
const keyIdOf = (key: Buffer) => createHash('sha256').update(key).digest('hex').slice(0, 8);

/**
 * Seals short secrets (TOTP secrets) with AES-256-GCM before they are stored, so a copy of the
 * database alone does not give anyone's second factor. `previous` is the key being rotated
 * out: what it sealed still opens, and is reported as stale so the caller seals it again.
 * A value without the version prefix was stored before sealing existed; it opens as itself,
 * stale too.
 */
export class SecretBox {
  private readonly currentId: string;
  private readonly keys: Map<string, Buffer>;

  constructor(current: Buffer, previous?: Buffer) {
    if (current.length !== 32 || (previous && previous.length !== 32)) {
      throw new Error('An AES-256 key is 32 bytes');
    }
    this.currentId = keyIdOf(current);
    this.keys = new Map([[this.currentId, current]]);
    if (previous) this.keys.set(keyIdOf(previous), previous);
  }

  seal(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.keys.get(this.currentId) as Buffer, iv);
    cipher.setAAD(Buffer.from(`${VERSION}.${this.currentId}`));
    const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [VERSION, this.currentId, iv, cipher.getAuthTag(), sealed]
      .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
      .join('.');
  }

  /** The secret, and whether it should be sealed again with the current key. */
  open(stored: string): { plain: string; stale: boolean } {
    const [version, keyId, iv, tag, sealed, ...rest] = stored.split('.');
    if (version !== VERSION || rest.length > 0 || !sealed) return { plain: stored, stale: true };
    const key = this.keys.get(keyId);
    if (!key) throw new Error(`No key ${keyId} to open a sealed secret (see TOTP_ENCRYPTION_KEY)`);
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(`${VERSION}.${keyId}`));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    const plain = Buffer.concat([
      decipher.update(Buffer.from(sealed, 'base64url')),
      decipher.final(),
    ]).toString('utf8');
    return { plain, stale: keyId !== this.currentId };
  }
}
