import { Injectable, Logger } from '@nestjs/common';
import * as oidc from 'openid-client';
import { DataSource } from 'typeorm';
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

  /**
   * The name of the organisation a session signed in through (its `ssoOrganisationId`, read
   * with the session), if it did: no query for a session with a password.
   */
  async signedInThrough(ssoOrganisationId: string | null): Promise<string | null> {
    const connection = await this.connectionOf(ssoOrganisationId);
    return connection?.organisation?.name ?? null;
  }

  /** The provider's end-session URL for this session, or null (no SSO, or none offered). */
  async providerLogoutUrl(ssoOrganisationId: string | null): Promise<string | null> {
    const connection = await this.connectionOf(ssoOrganisationId);
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

  private async connectionOf(ssoOrganisationId: string | null): Promise<SsoConnection | null> {
    if (!ssoOrganisationId) return null;
    return this.dataSource.getRepository(SsoConnection).findOne({
      where: { organisationId: ssoOrganisationId },
      relations: { organisation: true },
    });
  }
}
