import {
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Inject,
  Param,
  Post,
  Put,
  Req,
  Res,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiFoundResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { randomBytes } from 'node:crypto';
import {
  APP_CONFIG,
  type AppConfig,
  Auth,
  type AuthenticatedRequest,
  type Authentication,
  Public,
  RequirePermission,
  ValidBody,
  ValidQuery,
  errorBodyOpenApi,
  openApiSchema,
} from '@leerruimte/api-core';
import { RateLimiter } from '@leerruimte/api-infrastructure';
import {
  type ConfirmSsoLinkByMailRequest,
  type ConfirmSsoLinkRequest,
  type CurrentUser,
  type LogoutResult,
  type PendingSsoLink,
  type SignInMethod,
  type SignInMethodRequest,
  type SsoSettings,
  type SsoSettingsRequest,
  type SsoStartQuery,
  confirmSsoLinkByMailRequestSchema,
  confirmSsoLinkRequestSchema,
  currentUserSchema,
  logoutResultSchema,
  pendingSsoLinkSchema,
  signInMethodRequestSchema,
  signInMethodSchema,
  ssoSettingsRequestSchema,
  ssoSettingsSchema,
  ssoStartQuerySchema,
} from '@leerruimte/shared-contracts';
import { appPaths, link } from '@leerruimte/shared-paths';
import { AuthService } from '../auth/auth.service';
import { rateLimits } from '../auth/rate-limits';
import {
  SSO_BROWSER_COOKIE,
  clearSessionCookie,
  clearSsoBrowserCookie,
  setSessionCookie,
  setSsoBrowserCookie,
} from '../sessions/cookies';
import { SessionService } from '../sessions/session.service';
import { SsoDomains } from './sso-domains';
import { SsoSignIn } from './sso-sign-in.service';
import { SsoSettingsService } from './sso-settings.service';
import { SsoSignOut } from './sso-sign-out';

/** The login page's failures, as `/inloggen?sso=<failure>`. */
const loginPageWith = (failure: string) => `${link(appPaths.login)}?sso=${failure}`;

@ApiTags('identity')
@Controller()
export class SsoController {
  constructor(
    private readonly signIn: SsoSignIn,
    private readonly signOut: SsoSignOut,
    private readonly domains: SsoDomains,
    private readonly settingsService: SsoSettingsService,
    private readonly sessions: SessionService,
    private readonly auth: AuthService,
    private readonly rateLimit: RateLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('auth/sign-in-method')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({
    description:
      'Password, or the organisation’s provider: decided by the domain alone, so it tells nothing about whether the address has an account',
    schema: openApiSchema(signInMethodSchema),
  })
  @ApiTooManyRequestsResponse({ description: 'Too many requests', schema: errorBodyOpenApi })
  async method(
    @ValidBody(signInMethodRequestSchema) request: SignInMethodRequest,
    @Req() http: AuthenticatedRequest,
  ): Promise<SignInMethod> {
    await this.rateLimit.consume(rateLimits.signInMethodPerIp, http.ip);
    return this.domains.methodFor(request.email);
  }

  @Public()
  @Get('auth/sso/start')
  @ApiFoundResponse({
    description:
      'To the provider’s sign-in page; to the login page with `?sso=<reason>` when that is not possible',
  })
  async start(
    @ValidQuery(ssoStartQuerySchema, {
      email: { description: 'The address typed on the login page' },
      terug: { description: 'Where to land afterwards: a path inside Leerruimte' },
    })
    query: SsoStartQuery,
    @Req() http: AuthenticatedRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.rateLimit.consume(rateLimits.signInMethodPerIp, http.ip);
    const browser = randomBytes(32).toString('base64url');
    const destination = await this.signIn.start(query.email, query.terug, browser);
    if (typeof destination !== 'string') setSsoBrowserCookie(reply, this.config, browser);
    await reply.redirect(
      typeof destination === 'string' ? loginPageWith(destination) : destination.href,
      HttpStatus.FOUND,
    );
  }

  @Public()
  @Get('auth/sso/callback')
  @ApiFoundResponse({
    description:
      'Signed in (sets the session cookie) and on to the page asked for; to a page to confirm a link with the password; or to the login page with `?sso=<reason>`',
  })
  async callback(@Req() http: AuthenticatedRequest, @Res() reply: FastifyReply): Promise<void> {
    await this.rateLimit.consume(rateLimits.linkTokenPerIp, http.ip);
    // The redirect URI as registered, with the provider's answer: never the request's Host.
    const callbackUrl = new URL(this.signIn.redirectUri);
    callbackUrl.search = new URL(http.url, 'http://query.only').search;
    const outcome = await this.signIn.callback(callbackUrl, http.cookies[SSO_BROWSER_COOKIE]);
    clearSsoBrowserCookie(reply, this.config);
    if ('failed' in outcome) {
      await reply.redirect(loginPageWith(outcome.failed), HttpStatus.FOUND);
      return;
    }
    if ('pendingLink' in outcome) {
      await reply.redirect(
        link(appPaths.ssoLink, { token: outcome.pendingLink }),
        HttpStatus.FOUND,
      );
      return;
    }
    await this.startSession(http, reply, outcome.signedIn, outcome.organisationId);
    await reply.redirect(outcome.returnTo, HttpStatus.FOUND);
  }

  @Public()
  @Get('auth/sso/link/:token')
  @ApiOkResponse({ schema: openApiSchema(pendingSsoLinkSchema) })
  @ApiNotFoundResponse({ description: 'Expired or used', schema: errorBodyOpenApi })
  async pendingLink(
    @Param('token') token: string,
    @Req() http: AuthenticatedRequest,
  ): Promise<PendingSsoLink> {
    await this.rateLimit.consume(rateLimits.linkTokenPerIp, http.ip);
    return this.signIn.pendingLink(token);
  }

  @Public()
  @Post('auth/sso/link/:token')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({
    description:
      'The provider’s account now signs in to this one; logged in (sets the session cookie)',
    schema: openApiSchema(currentUserSchema),
  })
  @ApiNotFoundResponse({ description: 'Expired or used', schema: errorBodyOpenApi })
  @ApiUnprocessableEntityResponse({ description: 'Wrong password', schema: errorBodyOpenApi })
  @ApiTooManyRequestsResponse({ description: 'Too many attempts', schema: errorBodyOpenApi })
  async confirmLink(
    @Param('token') token: string,
    @ValidBody(confirmSsoLinkRequestSchema) request: ConfirmSsoLinkRequest,
    @Req() http: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CurrentUser> {
    await this.rateLimit.consume(rateLimits.linkTokenPerIp, http.ip);
    const linked = await this.signIn.confirmLink(token, request.password, http.ip);
    await this.startSession(http, reply, linked.userId, linked.organisationId);
    return this.auth.me(linked.userId);
  }

  @Public()
  @Post('auth/sso/link/:token/mail')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiAcceptedResponse({
    description: 'A link to confirm was mailed to the account’s own address',
  })
  @ApiNotFoundResponse({ description: 'Expired or used', schema: errorBodyOpenApi })
  @ApiTooManyRequestsResponse({ description: 'Too many requests', schema: errorBodyOpenApi })
  async mailLinkConfirmation(
    @Param('token') token: string,
    @Req() http: AuthenticatedRequest,
  ): Promise<void> {
    await this.rateLimit.consume(rateLimits.unlockLinkPerIp, http.ip);
    await this.rateLimit.consume(rateLimits.unlockLinkPerAddress, token);
    await this.signIn.mailLinkConfirmation(token);
  }

  @Public()
  @Post('auth/sso/link/:token/mail/confirm')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({
    description:
      'The mailed link was opened: the accounts are linked; logged in (sets the session cookie)',
    schema: openApiSchema(currentUserSchema),
  })
  @ApiNotFoundResponse({
    description: 'Expired, used or not this link’s code',
    schema: errorBodyOpenApi,
  })
  @ApiTooManyRequestsResponse({ description: 'Too many requests', schema: errorBodyOpenApi })
  async confirmLinkByMail(
    @Param('token') token: string,
    @ValidBody(confirmSsoLinkByMailRequestSchema) request: ConfirmSsoLinkByMailRequest,
    @Req() http: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CurrentUser> {
    await this.rateLimit.consume(rateLimits.linkTokenPerIp, http.ip);
    const linked = await this.signIn.confirmLinkByMail(token, request.code);
    await this.startSession(http, reply, linked.userId, linked.organisationId);
    return this.auth.me(linked.userId);
  }

  @Public()
  @Post('auth/logout/provider')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({
    description:
      'Logged out of Leerruimte; where to sign out at the organisation’s provider too, when this session came through one that offers it',
    schema: openApiSchema(logoutResultSchema),
  })
  async logoutAtProvider(
    @Req() http: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LogoutResult> {
    const providerLogoutUrl = http.auth
      ? await this.signOut.providerLogoutUrl(http.auth.ssoOrganisationId)
      : null;
    if (http.auth) await this.sessions.end(http.auth.tokenHash);
    clearSessionCookie(reply, this.config);
    return { providerLogoutUrl };
  }

  @Get('organisations/:organisationId/sso')
  @RequirePermission('organisation.manage', 'organisationId')
  @ApiOkResponse({ schema: openApiSchema(ssoSettingsSchema) })
  settings(@Param('organisationId') organisationId: string): Promise<SsoSettings> {
    return this.settingsService.settings(organisationId);
  }

  @Put('organisations/:organisationId/sso')
  @RequirePermission('organisation.manage', 'organisationId')
  @ApiOkResponse({ schema: openApiSchema(ssoSettingsSchema) })
  @ApiBadRequestResponse({
    description:
      'A shared Entra issuer, no discovery document at the issuer, a domain of another organisation, or no client secret',
    schema: errorBodyOpenApi,
  })
  save(
    @Param('organisationId') organisationId: string,
    @ValidBody(ssoSettingsRequestSchema) request: SsoSettingsRequest,
    @Auth() auth: Authentication,
    @Req() http: AuthenticatedRequest,
  ): Promise<SsoSettings> {
    return this.settingsService.save(organisationId, request, { userId: auth.userId, ip: http.ip });
  }

  @Post('organisations/:organisationId/sso/domains/:domain/verify')
  @HttpCode(HttpStatus.OK)
  @RequirePermission('organisation.manage', 'organisationId')
  @ApiOkResponse({ schema: openApiSchema(ssoSettingsSchema) })
  @ApiNotFoundResponse({
    description: 'Not one of the organisation’s domains',
    schema: errorBodyOpenApi,
  })
  @ApiUnprocessableEntityResponse({
    description: 'The TXT record is not there',
    schema: errorBodyOpenApi,
  })
  verifyDomain(
    @Param('organisationId') organisationId: string,
    @Param('domain') domain: string,
    @Auth() auth: Authentication,
    @Req() http: AuthenticatedRequest,
  ): Promise<SsoSettings> {
    return this.settingsService.verifyDomain(organisationId, domain, {
      userId: auth.userId,
      ip: http.ip,
    });
  }

  @Delete('organisations/:organisationId/sso')
  @HttpCode(HttpStatus.NO_CONTENT)
  @RequirePermission('organisation.manage', 'organisationId')
  @ApiNoContentResponse({ description: 'Signing in through the provider is off' })
  @ApiNotFoundResponse({ description: 'Nothing was set up', schema: errorBodyOpenApi })
  async remove(
    @Param('organisationId') organisationId: string,
    @Auth() auth: Authentication,
    @Req() http: AuthenticatedRequest,
  ): Promise<void> {
    await this.settingsService.remove(organisationId, { userId: auth.userId, ip: http.ip });
  }

  /** A session through the organisation's provider, in place of the one this browser had. */
  private async startSession(
    http: AuthenticatedRequest,
    reply: FastifyReply,
    userId: string,
    organisationId: string,
  ): Promise<void> {
    if (http.auth) await this.sessions.end(http.auth.tokenHash);
    const { token, expiresAt } = await this.sessions.start(
      userId,
      { ip: http.ip, userAgent: http.headers['user-agent'] },
      new Date(),
      organisationId,
    );
    setSessionCookie(reply, this.config, token, expiresAt);
  }
}
