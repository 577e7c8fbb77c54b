import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import { Resolver } from 'node:dns/promises';
import { randomBytes } from 'node:crypto';
import { DataSource, In, Not } from 'typeorm';
import {
  APP_CONFIG,
  type AppConfig,
  AppError,
  type FieldProblem,
  validationFailed,
} from '@leerruimte/api-core';
import { AuditLog } from '@leerruimte/api-identity-data';
import type { SsoSettings, SsoSettingsRequest } from '@leerruimte/shared-contracts';
import { OidcProviders, issuerProtocolAllowed } from './oidc-providers';
import { SsoConnection, SsoDomain } from './sso-connection.entity';
import { SsoSecrets } from './sso-secrets';

/** The DNS name whose TXT record proves a domain, and the record's text. */
export const verificationRecordName = (domain: string) => `_leerruimte.${domain}`;
export const verificationRecordValue = (token: string) => `leerruimte-verificatie=${token}`;

const ENTRA_HOST = 'login.microsoftonline.com';
/** Entra ID's issuers for many tenants: their tokens name whichever tenant signed the person in. */
const ENTRA_SHARED_TENANTS = ['common', 'organizations', 'consumers', '{tenantid}'];

const problem = (field: string, code: string, nl: string, en: string): FieldProblem => ({
  field,
  code,
  text: { nl, en },
});

const ssoErrors = {
  notConnected: () =>
    new AppError(HttpStatus.NOT_FOUND, 'sso_not_connected', {
      nl: 'Deze organisatie heeft nog geen inloggen via de eigen organisatie ingesteld.',
      en: 'This organisation has not set up signing in through its own provider.',
    }),
  domainNotFound: () =>
    new AppError(HttpStatus.NOT_FOUND, 'sso_domain_not_found', {
      nl: 'Dit domein hoort niet bij de instellingen van deze organisatie.',
      en: 'This domain is not part of this organisation’s settings.',
    }),
  notVerified: (domain: string) =>
    new AppError(
      HttpStatus.UNPROCESSABLE_ENTITY,
      'domain_not_verified',
      {
        nl: `Het TXT-record voor ${domain} is (nog) niet gevonden.`,
        en: `The TXT record for ${domain} was not found (yet).`,
      },
      [
        problem(
          'domain',
          'domain_not_verified',
          `Zet het TXT-record ${verificationRecordName(domain)} in de DNS van ${domain}. Een wijziging kan een uur nodig hebben.`,
          `Add the TXT record ${verificationRecordName(domain)} to the DNS of ${domain}. A change can take an hour.`,
        ),
      ],
    ),
};

/** An organisation admin connects their provider: issuer, client, domains, and whether it is required. */
@Injectable()
export class SsoSettingsService {
  private readonly logger = new Logger(SsoSettingsService.name);
  private readonly resolver: Resolver;

  constructor(
    private readonly dataSource: DataSource,
    private readonly providers: OidcProviders,
    private readonly secrets: SsoSecrets,
    private readonly audit: AuditLog,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.resolver = new Resolver({ timeout: 3000, tries: 2 });
    if (config.dns.servers) this.resolver.setServers(config.dns.servers);
  }

  async settings(organisationId: string): Promise<SsoSettings> {
    const connection = await this.dataSource
      .getRepository(SsoConnection)
      .findOneBy({ organisationId });
    const domains = connection
      ? await this.dataSource
          .getRepository(SsoDomain)
          .find({ where: { organisationId }, order: { domain: 'ASC' } })
      : [];
    return {
      connection: connection && {
        issuer: connection.issuer,
        clientId: connection.clientId,
        tenantId: connection.tenantId,
        required: connection.required,
        domains: domains.map((domain) => ({
          domain: domain.domain,
          verifiedAt: domain.verifiedAt?.toISOString() ?? null,
          txtRecord: {
            name: verificationRecordName(domain.domain),
            value: verificationRecordValue(domain.verificationToken),
          },
        })),
      },
      redirectUri: this.providers.redirectUri,
      postLogoutRedirectUri: this.providers.postLogoutRedirectUri,
    };
  }

  async save(
    organisationId: string,
    request: SsoSettingsRequest,
    actor: { userId: string; ip: string },
  ): Promise<SsoSettings> {
    const existing = await this.dataSource
      .getRepository(SsoConnection)
      .findOneBy({ organisationId });
    const issuer = request.issuer.replace(/\/+$/, '');
    const tenantId = request.tenantId ?? entraTenantOf(issuer);
    const domains = [...new Set(request.domains)];
    const problems = [
      ...this.issuerProblems(issuer),
      ...(await this.takenDomainProblems(organisationId, request.domains)),
    ];
    if (!request.clientSecret && !existing) {
      problems.push(
        problem(
          'clientSecret',
          'invalid_type',
          'Vul het clientgeheim in dat de provider gaf.',
          'Enter the client secret the provider gave.',
        ),
      );
    }
    if (problems.length > 0) throw validationFailed(problems);
    const clientSecret = request.clientSecret
      ? this.secrets.seal(request.clientSecret)
      : (existing as SsoConnection).clientSecret;
    // Fetched now, so a wrong issuer is said here and not at someone's first sign-in.
    try {
      await this.providers.configuration(
        this.secrets.clientOf({ issuer, clientId: request.clientId, clientSecret }),
      );
    } catch (error) {
      this.logger.warn(`Discovery at ${issuer} failed: ${String(error)}`);
      throw validationFailed([
        problem(
          'issuer',
          'issuer_unreachable',
          'Op dit adres is geen OpenID Connect-configuratie gevonden (.well-known/openid-configuration).',
          'No OpenID Connect configuration was found at this address (.well-known/openid-configuration).',
        ),
      ]);
    }
    await this.dataSource.transaction(async (manager) => {
      await manager.upsert(
        SsoConnection,
        {
          organisationId,
          issuer,
          clientId: request.clientId,
          clientSecret,
          tenantId,
          required: request.required,
        },
        ['organisationId'],
      );
      await manager.delete(SsoDomain, { organisationId, domain: Not(In(domains)) });
      for (const domain of domains) {
        await manager
          .createQueryBuilder()
          .insert()
          .into(SsoDomain)
          .values({ domain, organisationId, verificationToken: randomBytes(16).toString('hex') })
          .orIgnore()
          .execute();
      }
      await this.audit.record(manager, {
        action: 'sso.settings_changed',
        organisationId,
        actorId: actor.userId,
        details: {
          issuer,
          required: request.required,
          domains,
          clientSecretChanged: Boolean(request.clientSecret),
        },
        ip: actor.ip,
      });
    });
    return this.settings(organisationId);
  }

  /** Looks up the domain's TXT record; when it holds the token, the domain is proven. */
  async verifyDomain(
    organisationId: string,
    domainName: string,
    actor: { userId: string; ip: string },
  ): Promise<SsoSettings> {
    const domain = await this.dataSource
      .getRepository(SsoDomain)
      .findOneBy({ organisationId, domain: domainName.toLowerCase() });
    if (!domain) throw ssoErrors.domainNotFound();
    if (!domain.verifiedAt) {
      const records = await this.resolver
        .resolveTxt(verificationRecordName(domain.domain))
        .catch(() => [] as string[][]);
      const expected = verificationRecordValue(domain.verificationToken);
      if (!records.some((chunks) => chunks.join('') === expected)) {
        throw ssoErrors.notVerified(domain.domain);
      }
      await this.dataSource.transaction(async (manager) => {
        await manager.update(SsoDomain, { domain: domain.domain }, { verifiedAt: new Date() });
        await this.audit.record(manager, {
          action: 'sso.domain_verified',
          organisationId,
          actorId: actor.userId,
          details: { domain: domain.domain },
          ip: actor.ip,
        });
      });
    }
    return this.settings(organisationId);
  }

  /** People who signed in through it keep their accounts; they can choose a password. */
  async remove(organisationId: string, actor: { userId: string; ip: string }): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const { affected } = await manager.delete(SsoConnection, { organisationId });
      if (!affected) throw ssoErrors.notConnected();
      await this.audit.record(manager, {
        action: 'sso.removed',
        organisationId,
        actorId: actor.userId,
        ip: actor.ip,
      });
    });
  }

  private issuerProblems(issuer: string): FieldProblem[] {
    const url = new URL(issuer);
    if (!issuerProtocolAllowed(this.config, issuer)) {
      return [
        problem(
          'issuer',
          'issuer_not_https',
          'Moet met https:// beginnen.',
          'Must start with https://.',
        ),
      ];
    }
    const firstSegment = decodeURIComponent(url.pathname.split('/')[1] ?? '').toLowerCase();
    if (url.hostname === ENTRA_HOST && ENTRA_SHARED_TENANTS.includes(firstSegment)) {
      return [
        problem(
          'issuer',
          'issuer_not_tenant',
          'Gebruik de issuer van je eigen tenant: https://login.microsoftonline.com/<tenant-id>/v2.0 (niet /common of /organizations).',
          'Use your own tenant’s issuer: https://login.microsoftonline.com/<tenant id>/v2.0 (not /common or /organizations).',
        ),
      ];
    }
    return [];
  }

  private async takenDomainProblems(
    organisationId: string,
    domains: string[],
  ): Promise<FieldProblem[]> {
    const taken = await this.dataSource.getRepository(SsoDomain).findBy({
      domain: In(domains),
      organisationId: Not(organisationId),
    });
    const takenNames = new Set(taken.map((domain) => domain.domain));
    return domains.flatMap((domain, index) =>
      takenNames.has(domain)
        ? [
            problem(
              `domains.${index}`,
              'domain_taken',
              `${domain} hoort al bij een andere organisatie.`,
              `${domain} already belongs to another organisation.`,
            ),
          ]
        : [],
    );
  }
}

/** The tenant id in an Entra ID issuer (`https://login.microsoftonline.com/<id>/v2.0`). */
export function entraTenantOf(issuer: string): string | null {
  const url = new URL(issuer);
  if (url.hostname !== ENTRA_HOST) return null;
  const segment = url.pathname.split('/')[1] ?? '';
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(segment)
    ? segment.toLowerCase()
    : null;
}
