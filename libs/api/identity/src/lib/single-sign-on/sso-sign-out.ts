import { Injectable, Logger } from '@nestjs/common';
import * as oidc from 'openid-client';
import { DataSource } from 'typeorm';
import { UserSession } from '@leerruimte/api-identity-data';
import { OidcProviders } from './oidc-providers';
import { SsoConnection } from './sso-connection.entity';
import { SsoSecrets } from './sso-secrets';

/**
 * Signing out at the provider as well, when the person chooses it: for Entra ID that ends their
 * whole Microsoft session, which is why Leerruimte's own logout never does it unasked.
 */
@Injectable()
export class SsoSignOut {
  private readonly logger = new Logger(SsoSignOut.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly providers: OidcProviders,
    private readonly secrets: SsoSecrets,
  ) {}

  /** The name of the organisation this session signed in through, if it did. */
  async signedInThrough(tokenHash: string): Promise<string | null> {
    const connection = await this.connectionOf(tokenHash);
    return connection?.organisation?.name ?? null;
  }

  /** The provider's end-session URL for this session, or null (no SSO, or none offered). */
  async providerLogoutUrl(tokenHash: string): Promise<string | null> {
    const connection = await this.connectionOf(tokenHash);
    if (!connection) return null;
    try {
      const configuration = await this.providers.configuration(this.secrets.clientOf(connection));
      if (!configuration.serverMetadata().end_session_endpoint) return null;
      return oidc.buildEndSessionUrl(configuration, {
        client_id: connection.clientId,
        post_logout_redirect_uri: this.providers.postLogoutRedirectUri,
      }).href;
    } catch (error) {
      this.logger.warn(`No end-session URL from ${connection.issuer}: ${String(error)}`);
      return null;
    }
  }

  private async connectionOf(tokenHash: string): Promise<SsoConnection | null> {
    const session = await this.dataSource.getRepository(UserSession).findOneBy({ tokenHash });
    if (!session?.ssoOrganisationId) return null;
    return this.dataSource.getRepository(SsoConnection).findOne({
      where: { organisationId: session.ssoOrganisationId },
      relations: { organisation: true },
    });
  }
}
