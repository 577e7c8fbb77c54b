import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import * as oidc from 'openid-client';
import { APP_CONFIG, type AppConfig } from '@leerruimte/api-core';

export interface ProviderClient {
  issuer: string;
  clientId: string;
  clientSecret: string;
}

/** How long a provider's discovery document is trusted before it is fetched again. */
const DISCOVERY_TTL_MS = 3_600_000;

/** HTTPS always; plain HTTP only outside production, from this machine (tests, a local Keycloak). */
export function issuerProtocolAllowed(config: Pick<AppConfig, 'env'>, issuer: string): boolean {
  const { protocol, hostname } = new URL(issuer);
  if (protocol === 'https:') return true;
  return config.env !== 'production' && ['127.0.0.1', 'localhost', '[::1]'].includes(hostname);
}

/**
 * The OpenID Connect client for each organisation's provider, through openid-client (discovery,
 * PKCE, state, nonce, ID-token checks, key rotation): nothing about tokens is checked by hand.
 */
@Injectable()
export class OidcProviders {
  private readonly discovered = new Map<
    string,
    { at: number; config: Promise<oidc.Configuration> }
  >();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get redirectUri(): string {
    // From PUBLIC_URL, never from the request's Host header, which a proxy may change.
    return new URL('/api/auth/sso/callback', this.config.http.publicUrl).toString();
  }

  get postLogoutRedirectUri(): string {
    return new URL('/inloggen', this.config.http.publicUrl).toString();
  }

  configuration(client: ProviderClient): Promise<oidc.Configuration> {
    const key = createHash('sha256')
      .update(JSON.stringify([client.issuer, client.clientId, client.clientSecret]))
      .digest('hex');
    const cached = this.discovered.get(key);
    if (cached && Date.now() - cached.at < DISCOVERY_TTL_MS) return cached.config;
    const config = this.discover(client);
    this.discovered.set(key, { at: Date.now(), config });
    // A failed discovery is not kept: the next sign-in tries again.
    config.catch(() => this.discovered.delete(key));
    return config;
  }

  private discover(client: ProviderClient): Promise<oidc.Configuration> {
    const insecure = new URL(client.issuer).protocol === 'http:';
    if (insecure && !issuerProtocolAllowed(this.config, client.issuer)) {
      return Promise.reject(new Error(`The issuer ${client.issuer} is not HTTPS`));
    }
    return oidc.discovery(
      new URL(client.issuer),
      client.clientId,
      client.clientSecret,
      undefined,
      insecure ? { execute: [oidc.allowInsecureRequests], timeout: 10 } : { timeout: 10 },
    );
  }
}
