import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, type SecretBox } from '@leerruimte/api-core';
import { totpSecretBox } from '../two-factor/totp';
import type { ProviderClient } from './oidc-providers';
import type { SsoConnection } from './sso-connection.entity';

/**
 * Seals the providers' client secrets with the same AES-256-GCM keys as the TOTP secrets
 * (TOTP_ENCRYPTION_KEY and, while rotating, TOTP_ENCRYPTION_KEY_PREVIOUS).
 */
@Injectable()
export class SsoSecrets {
  private readonly box: SecretBox;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.box = totpSecretBox(config);
  }

  seal(clientSecret: string): string {
    return this.box.seal(clientSecret);
  }

  clientOf(
    connection: Pick<SsoConnection, 'issuer' | 'clientId' | 'clientSecret'>,
  ): ProviderClient {
    return {
      issuer: connection.issuer,
      clientId: connection.clientId,
      clientSecret: this.box.open(connection.clientSecret).plain,
    };
  }

  /** The secret sealed with the current key, when it was sealed with the key being rotated out. */
  resealed(connection: Pick<SsoConnection, 'clientSecret'>): string | null {
    const { plain, stale } = this.box.open(connection.clientSecret);
    return stale ? this.box.seal(plain) : null;
  }
}
