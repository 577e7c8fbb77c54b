import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';
import * as oidc from 'openid-client';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@leerruimte/api-core';
import { Mailer, REDIS } from '@leerruimte/api-infrastructure';
import { appPaths, link } from '@leerruimte/shared-paths';
import { AuditLog, Organisation, Team, TeamMembership, User } from '@leerruimte/api-identity-data';
import type { PendingSsoLink, SsoFailure } from '@leerruimte/shared-contracts';
import { identityErrors } from '../identity.errors';
import { Invitation } from '../invitations/invitation.entity';
import { PasswordHasher } from '../passwords/password-hasher';
import { hashToken } from '../sessions/session.service';
import { LoginThrottle } from '../auth/login-throttle';
import { twoFactorErrors } from '../two-factor/two-factor.errors';
import { OidcProviders } from './oidc-providers';
import { SsoConnection, SsoDomain, SsoIdentity } from './sso-connection.entity';
import { SsoDomains, domainOf } from './sso-domains';
import { ssoLinkMail } from './sso-link-mail';
import { SsoSecrets } from './sso-secrets';

/** From leaving for the provider to coming back: long enough to type a password and a 2FA code. */
const STATE_SECONDS = 600;
/** How long a sign-in waits for the account owner's password before linking. */
const PENDING_LINK_SECONDS = 900;

interface StartedSignIn {
  organisationId: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
  /** Hash of the browser's binding cookie: only the browser that left may come back. */
  browserHash: string;
}

interface ProviderIdentity {
  organisationId: string;
  issuer: string;
  subject: string;
  email: string;
  name: string;
}

/** A sign-in waiting for the account's owner: their password, or the code mailed to them. */
interface PendingLink {
  userId: string;
  identity: ProviderIdentity;
  mailCodeHash?: string;
}

/** What the callback leads to: a session for a person, a link to confirm, or a failure. */
export type SsoCallbackOutcome =
  | { signedIn: string; organisationId: string; returnTo: string }
  | { pendingLink: string }
  | { failed: SsoFailure };

/** A relative path inside Leerruimte, never another site (`//evil`, `https://…`). */
export function safeReturnPath(path: string | undefined): string {
  return path?.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\') ? path : '/';
}

class SignInFailed extends Error {
  constructor(readonly failure: SsoFailure) {
    super(failure);
  }
}

/**
 * Signing in through an organisation's OpenID Connect provider (authorization code with PKCE,
 * state and nonce, the query response mode so the Lax session cookie survives the return).
 * An identity is the issuer with the subject; a sign-in only joins an existing account by
 * address when the provider vouches for the address, the domain is proven to be the
 * organisation's, and the account's own address was proven: otherwise its owner confirms
 * with their password (no account takeover through an unverified address, "nOAuth").
 */
@Injectable()
export class SsoSignIn {
  private readonly logger = new Logger(SsoSignIn.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly providers: OidcProviders,
    private readonly secrets: SsoSecrets,
    private readonly domains: SsoDomains,
    private readonly audit: AuditLog,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottle,
    private readonly mailer: Mailer,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get redirectUri(): string {
    return this.providers.redirectUri;
  }

  /**
   * The provider's authorization URL for this address, or a failure for the login page.
   * `browser` is the random value the browser keeps in its binding cookie.
   */
  async start(
    email: string,
    returnTo: string | undefined,
    browser: string,
  ): Promise<URL | SsoFailure> {
    const found = await this.domains.connectionFor(email);
    if (!found) return 'domain_not_allowed';
    let configuration: oidc.Configuration;
    try {
      configuration = await this.providers.configuration(this.secrets.clientOf(found.connection));
    } catch (error) {
      this.logger.warn(`Discovery at ${found.connection.issuer} failed: ${String(error)}`);
      return 'provider_unreachable';
    }
    const resealed = this.secrets.resealed(found.connection);
    if (resealed) {
      await this.dataSource
        .getRepository(SsoConnection)
        .update({ organisationId: found.connection.organisationId }, { clientSecret: resealed });
    }
    const state = oidc.randomState();
    const started: StartedSignIn = {
      organisationId: found.connection.organisationId,
      nonce: oidc.randomNonce(),
      codeVerifier: oidc.randomPKCECodeVerifier(),
      returnTo: safeReturnPath(returnTo),
      browserHash: hashToken(browser),
    };
    await this.redis.set(this.stateKey(state), JSON.stringify(started), 'EX', STATE_SECONDS);
    return oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: this.providers.redirectUri,
      scope: 'openid email profile',
      response_type: 'code',
      response_mode: 'query',
      state,
      nonce: started.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(started.codeVerifier),
      code_challenge_method: 'S256',
      login_hint: email,
    });
  }

  /** The provider sent the browser back: check everything, then find or make the account. */
  async callback(callbackUrl: URL, browser: string | undefined): Promise<SsoCallbackOutcome> {
    try {
      return await this.complete(callbackUrl, browser);
    } catch (error) {
      if (error instanceof SignInFailed) return { failed: error.failure };
      throw error;
    }
  }

  private async complete(
    callbackUrl: URL,
    browser: string | undefined,
  ): Promise<SsoCallbackOutcome> {
    const state = callbackUrl.searchParams.get('state') ?? '';
    // Read and removed at once: a state works for one return only.
    const stored = state ? await this.redis.getdel(this.stateKey(state)) : null;
    if (!stored) throw new SignInFailed('expired');
    const started = JSON.parse(stored) as StartedSignIn;
    if (!browser || hashToken(browser) !== started.browserHash) throw new SignInFailed('expired');
    if (callbackUrl.searchParams.has('error')) {
      const error = callbackUrl.searchParams.get('error');
      throw new SignInFailed(error === 'access_denied' ? 'cancelled' : 'token_rejected');
    }
    const connection = await this.dataSource
      .getRepository(SsoConnection)
      .findOneBy({ organisationId: started.organisationId });
    if (!connection) throw new SignInFailed('domain_not_allowed');
    const claims = await this.verifiedClaims(connection, callbackUrl, state, started);

    if (connection.tenantId && claims['tid'] !== connection.tenantId) {
      throw new SignInFailed('wrong_tenant');
    }
    const email = typeof claims['email'] === 'string' ? claims['email'].toLowerCase() : '';
    // An address Leerruimte cannot keep (over 254 characters) counts as none.
    if (!email.includes('@') || email.length > 254) throw new SignInFailed('no_email');
    const domain = await this.dataSource
      .getRepository(SsoDomain)
      .findOneBy({ domain: domainOf(email), organisationId: connection.organisationId });
    if (!domain) throw new SignInFailed('domain_not_allowed');

    const identity: ProviderIdentity = {
      organisationId: connection.organisationId,
      issuer: claims.iss,
      // Entra ID's object id is the person in the whole tenant; its `sub` differs per app.
      subject:
        connection.tenantId && typeof claims['oid'] === 'string' ? claims['oid'] : claims.sub,
      email,
      name:
        typeof claims['name'] === 'string' && claims['name'].trim() ? claims['name'].trim() : email,
    };
    // Entra ID sends no email_verified; its xms_edov says the domain's owner vouches for it.
    const vouched =
      (claims['email_verified'] === true || claims['xms_edov'] === true) &&
      domain.verifiedAt !== null;
    return this.dataSource.transaction((manager) =>
      this.signIn(manager, identity, vouched, started.returnTo),
    );
  }

  private async verifiedClaims(
    connection: SsoConnection,
    callbackUrl: URL,
    state: string,
    started: StartedSignIn,
  ): Promise<oidc.IDToken> {
    let configuration: oidc.Configuration;
    try {
      configuration = await this.providers.configuration(this.secrets.clientOf(connection));
    } catch (error) {
      this.logger.warn(`Discovery at ${connection.issuer} failed: ${String(error)}`);
      throw new SignInFailed('provider_unreachable');
    }
    try {
      const tokens = await oidc.authorizationCodeGrant(configuration, callbackUrl, {
        pkceCodeVerifier: started.codeVerifier,
        expectedState: state,
        expectedNonce: started.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims) throw new Error('No ID token');
      return claims;
    } catch (error) {
      this.logger.warn(`A sign-in at ${connection.issuer} was refused: ${String(error)}`);
      throw new SignInFailed('token_rejected');
    }
  }

  private async signIn(
    manager: EntityManager,
    identity: ProviderIdentity,
    vouched: boolean,
    returnTo: string,
  ): Promise<SsoCallbackOutcome> {
    const known = await manager
      .createQueryBuilder(SsoIdentity, 'i')
      .setLock('pessimistic_write')
      .where('i.issuer = :issuer AND i.subject = :subject', identity)
      .getOne();
    if (known) {
      await this.refresh(manager, known, identity, vouched);
      await this.acceptOpenInvitations(manager, known.userId, identity);
      return { signedIn: known.userId, organisationId: identity.organisationId, returnTo };
    }
    const existing = await manager.getRepository(User).findOneBy({ email: identity.email });
    if (existing) {
      if (!vouched || !existing.emailVerifiedAt) {
        return { pendingLink: await this.holdForConfirmation(existing.id, identity) };
      }
      await this.link(manager, existing.id, identity, 'provider');
      await this.acceptOpenInvitations(manager, existing.id, identity);
      return { signedIn: existing.id, organisationId: identity.organisationId, returnTo };
    }
    const user = await manager.save(User, {
      email: identity.email,
      name: identity.name.slice(0, 200),
      // No password: this account signs in through its organisation.
      passwordHash: '',
      emailVerifiedAt: vouched ? new Date() : null,
    });
    await manager.insert(SsoIdentity, { ...identity, userId: user.id, lastSignInAt: new Date() });
    const teams = await this.acceptOpenInvitations(manager, user.id, identity);
    await this.audit.record(manager, {
      action: 'sso.account_created',
      organisationId: identity.organisationId,
      actorId: user.id,
      targetUserId: user.id,
      details: { teams: teams.length },
    });
    return { signedIn: user.id, organisationId: identity.organisationId, returnTo };
  }

  /** Name and address are the provider's to change; the account stays the same. */
  private async refresh(
    manager: EntityManager,
    known: SsoIdentity,
    identity: ProviderIdentity,
    vouched: boolean,
  ): Promise<void> {
    await manager.update(
      SsoIdentity,
      { id: known.id },
      { email: identity.email, lastSignInAt: new Date() },
    );
    const user = await manager.getRepository(User).findOneByOrFail({ id: known.userId });
    const changes: Partial<User> = {};
    if (identity.name !== identity.email && identity.name !== user.name) {
      changes.name = identity.name.slice(0, 200);
    }
    // A new address only when the provider vouches for it and nobody else uses it here.
    if (vouched && identity.email !== user.email) {
      const taken = await manager.getRepository(User).existsBy({ email: identity.email });
      if (!taken) Object.assign(changes, { email: identity.email, emailVerifiedAt: new Date() });
    }
    if (Object.keys(changes).length > 0) await manager.update(User, { id: user.id }, changes);
  }

  private async link(
    manager: EntityManager,
    userId: string,
    identity: ProviderIdentity,
    confirmedBy: 'provider' | 'password' | 'mail',
  ): Promise<void> {
    await manager.insert(SsoIdentity, { ...identity, userId, lastSignInAt: new Date() });
    await this.audit.record(manager, {
      action: 'sso.linked',
      organisationId: identity.organisationId,
      actorId: userId,
      targetUserId: userId,
      details: { confirmedBy },
    });
  }

  /**
   * Joins the teams that open invitations to this address named (one by hand, or an imported
   * list), as accepting them would; only the provider's own organisation's teams, so a provider
   * cannot claim another organisation's invitation.
   */
  private async acceptOpenInvitations(
    manager: EntityManager,
    userId: string,
    identity: ProviderIdentity,
  ): Promise<string[]> {
    const invitations = await manager
      .createQueryBuilder(Invitation, 'i')
      .innerJoin(Team, 't', 't.id = i.team_id')
      .where('i.email = :email AND i.accepted_at IS NULL AND i.expires_at > now()', identity)
      .andWhere('t.organisation_id = :organisationId', identity)
      .getMany();
    for (const invitation of invitations) {
      await manager
        .createQueryBuilder()
        .insert()
        .into(TeamMembership)
        .values({ userId, teamId: invitation.teamId, role: invitation.role })
        .orIgnore()
        .execute();
      await manager.update(
        Invitation,
        { id: invitation.id, acceptedAt: IsNull() },
        { acceptedAt: new Date() },
      );
    }
    return invitations.map((invitation) => invitation.teamId);
  }

  private async holdForConfirmation(userId: string, identity: ProviderIdentity): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await this.redis.set(
      this.pendingKey(token),
      JSON.stringify({ userId, identity }),
      'EX',
      PENDING_LINK_SECONDS,
    );
    return token;
  }

  private async pending(token: string): Promise<PendingLink | null> {
    const stored = await this.redis.get(this.pendingKey(token));
    return stored ? (JSON.parse(stored) as PendingLink) : null;
  }

  async pendingLink(token: string): Promise<PendingSsoLink> {
    const pending = await this.pending(token);
    if (!pending) throw identityErrors.ssoLinkExpired();
    const organisation = await this.dataSource
      .getRepository(Organisation)
      .findOneByOrFail({ id: pending.identity.organisationId });
    return { email: pending.identity.email, organisationName: organisation.name };
  }

  /**
   * The account's owner gives their password: from now on the provider's identity signs in to
   * this account. Wrong passwords count like failed logins. Returns the user and organisation.
   */
  async confirmLink(
    token: string,
    password: string,
    ip: string,
  ): Promise<{ userId: string; organisationId: string }> {
    const { pending, user } = await this.pendingWithUser(token);
    await this.throttle.assertAllowed(user.email, { ip });
    if (!(await this.hasher.verify(user.passwordHash, password))) {
      await this.throttle.recordFailure(user.email, ip);
      throw twoFactorErrors.wrongPassword('password');
    }
    await this.throttle.clearAccount(user.email);
    return this.completeLink(token, pending, 'password');
  }

  /**
   * For an owner without a password at hand (an account an admin made, never opened): a link
   * to the account's own address confirms instead. Mailing again replaces the earlier link.
   */
  async mailLinkConfirmation(token: string): Promise<void> {
    const { pending, user } = await this.pendingWithUser(token);
    const code = randomBytes(32).toString('base64url');
    const ttl = await this.redis.ttl(this.pendingKey(token));
    await this.redis.set(
      this.pendingKey(token),
      JSON.stringify({ ...pending, mailCodeHash: hashToken(code) }),
      'EX',
      Math.max(ttl, 1),
    );
    const organisation = await this.dataSource
      .getRepository(Organisation)
      .findOneByOrFail({ id: pending.identity.organisationId });
    const confirmation = `${link(appPaths.ssoLink, { token })}?bevestiging=${code}`;
    await this.mailer.send(
      ssoLinkMail(user.locale, {
        to: user.email,
        name: user.name,
        organisationName: organisation.name,
        link: `${this.config.http.publicUrl}${confirmation}`,
        validMinutes: Math.ceil(Math.max(ttl, 60) / 60),
      }),
    );
  }

  /** The mailed link was opened: the code in it proves the address is the owner's. */
  async confirmLinkByMail(
    token: string,
    code: string,
  ): Promise<{ userId: string; organisationId: string }> {
    const { pending } = await this.pendingWithUser(token);
    if (!pending.mailCodeHash || pending.mailCodeHash !== hashToken(code)) {
      throw identityErrors.ssoLinkExpired();
    }
    return this.completeLink(token, pending, 'mail');
  }

  private async pendingWithUser(token: string): Promise<{ pending: PendingLink; user: User }> {
    const pending = await this.pending(token);
    const user = pending
      ? await this.dataSource.getRepository(User).findOneBy({ id: pending.userId })
      : null;
    if (!pending || !user) throw identityErrors.ssoLinkExpired();
    return { pending, user };
  }

  /** Uses the pending link up (once, also when two tabs confirm at once) and links. */
  private async completeLink(
    token: string,
    pending: PendingLink,
    confirmedBy: 'password' | 'mail',
  ): Promise<{ userId: string; organisationId: string }> {
    if (!(await this.redis.del(this.pendingKey(token)))) throw identityErrors.ssoLinkExpired();
    await this.dataSource.transaction(async (manager) => {
      await this.link(manager, pending.userId, pending.identity, confirmedBy);
      await this.acceptOpenInvitations(manager, pending.userId, pending.identity);
      // The mailed link reached the address: it is the owner's.
      if (confirmedBy === 'mail') {
        await manager.update(
          User,
          { id: pending.userId, emailVerifiedAt: IsNull() },
          { emailVerifiedAt: new Date() },
        );
      }
    });
    return { userId: pending.userId, organisationId: pending.identity.organisationId };
  }

  private stateKey(state: string): string {
    return `${this.config.redis.keyPrefix}:sso-state:${hashToken(state)}`;
  }

  private pendingKey(token: string): string {
    return `${this.config.redis.keyPrefix}:sso-link:${hashToken(token)}`;
  }
}
