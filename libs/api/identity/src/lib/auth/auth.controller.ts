import {
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Inject,
  Param,
  Post,
  Req,
  Res,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiGoneResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  APP_CONFIG,
  type AppConfig,
  Auth,
  type AuthenticatedRequest,
  type Authentication,
  LoggedIn,
  Public,
  ValidBody,
  errorBodyOpenApi,
  openApiSchema,
} from '@leerruimte/api-core';
import { RateLimiter } from '@leerruimte/api-infrastructure';
import {
  type CurrentUser,
  type LoginRequest,
  type LoginResponse,
  type TwoFactorLoginRequest,
  loginResponseSchema,
  twoFactorLoginRequestSchema,
  type NewPasswordRequest,
  type PasswordResetRequest,
  type Session,
  type UnlockLinkRequest,
  currentUserSchema,
  loginRequestSchema,
  newPasswordRequestSchema,
  passwordResetRequestSchema,
  sessionSchema,
  unlockLinkRequestSchema,
} from '@leerruimte/shared-contracts';
import { PasswordResetService } from '../password-reset/password-reset.service';
import {
  clearSessionCookie,
  deviceCookieOf,
  setDeviceCookie,
  setSessionCookie,
} from '../sessions/cookies';
import { SessionService } from '../sessions/session.service';
import { type ClientInfo, AuthService, type LoginSuccess } from './auth.service';
import { KNOWN_DEVICE_SECONDS, KnownDevices } from './known-devices';
import { LoginThrottle } from './login-throttle';
import { rateLimits } from './rate-limits';
import { UnlockLinks } from './unlock-links';
import { SsoSignOut } from '../single-sign-on/sso-sign-out';

@ApiTags('identity')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
    private readonly passwordReset: PasswordResetService,
    private readonly rateLimit: RateLimiter,
    private readonly unlockLinks: UnlockLinks,
    private readonly throttle: LoginThrottle,
    private readonly devices: KnownDevices,
    private readonly signOut: SsoSignOut,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({
    description:
      'Logged in (sets the session cookie), or, with 2FA on, a challenge for the second step',
    schema: openApiSchema(loginResponseSchema),
  })
  @ApiUnauthorizedResponse({
    description: 'E-mail address or password not right',
    schema: errorBodyOpenApi,
  })
  @ApiTooManyRequestsResponse({
    description:
      'Failed attempts make this one wait (code login_delayed); a known device never waits',
    schema: errorBodyOpenApi,
  })
  async login(
    @ValidBody(loginRequestSchema) credentials: LoginRequest,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LoginResponse> {
    await this.endCurrentSession(request);
    const outcome = await this.auth.login(credentials, this.clientOf(request));
    if ('challenge' in outcome) {
      return outcome.challenge;
    }
    return this.loggedIn(reply, outcome);
  }

  @Public()
  @Post('login/two-factor')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({
    description: 'Logged in; sets the session cookie',
    schema: openApiSchema(currentUserSchema),
  })
  @ApiUnauthorizedResponse({
    description: 'The challenge expired; start with the password again',
    schema: errorBodyOpenApi,
  })
  @ApiTooManyRequestsResponse({
    description:
      'Failed attempts make this one wait (code login_delayed); a known device never waits',
    schema: errorBodyOpenApi,
  })
  async loginWithSecondFactor(
    @ValidBody(twoFactorLoginRequestSchema) body: TwoFactorLoginRequest,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CurrentUser> {
    await this.endCurrentSession(request);
    return this.loggedIn(
      reply,
      await this.auth.loginWithSecondFactor(body, this.clientOf(request)),
    );
  }

  @Public()
  @Post('logout')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Logged out; the session no longer works anywhere' })
  async logout(
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    if (request.auth) {
      await this.sessions.end(request.auth.tokenHash);
    }
    clearSessionCookie(reply, this.config);
  }

  @Get('session')
  @Public()
  @ApiOkResponse({
    description:
      'The logged-in person, or null for a visitor (not a 401: the web app asks this first)',
    schema: openApiSchema(sessionSchema),
  })
  async session(@Req() request: AuthenticatedRequest): Promise<Session> {
    if (!request.auth) return { user: null, signedInThrough: null };
    return {
      user: await this.auth.me(request.auth.userId),
      signedInThrough: await this.signOut.signedInThrough(request.auth.ssoOrganisationId),
    };
  }

  @Get('me')
  @LoggedIn()
  @ApiOkResponse({
    description: 'The logged-in person, with their teams',
    schema: openApiSchema(currentUserSchema),
  })
  @ApiUnauthorizedResponse({ description: 'Not logged in', schema: errorBodyOpenApi })
  me(@Auth() auth: Authentication): Promise<CurrentUser> {
    return this.auth.me(auth.userId);
  }

  @Public()
  @Post('password-reset')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiAcceptedResponse({
    description:
      'A link was mailed if the address has an account; the answer is the same either way',
  })
  @ApiTooManyRequestsResponse({ description: 'Too many requests', schema: errorBodyOpenApi })
  async requestPasswordReset(
    @ValidBody(passwordResetRequestSchema) request: PasswordResetRequest,
    @Req() http: AuthenticatedRequest,
  ): Promise<void> {
    await this.rateLimit.consume(rateLimits.passwordResetPerIp, http.ip);
    await this.rateLimit.consume(rateLimits.passwordResetPerAddress, request.email);
    await this.passwordReset.request(request.email);
  }

  @Public()
  @Post('password-reset/:token')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Password changed; every session of the account ended' })
  @ApiGoneResponse({ description: 'The link has expired', schema: errorBodyOpenApi })
  @ApiTooManyRequestsResponse({ description: 'Too many requests', schema: errorBodyOpenApi })
  async resetPassword(
    @Param('token') token: string,
    @ValidBody(newPasswordRequestSchema) request: NewPasswordRequest,
    @Req() http: AuthenticatedRequest,
  ): Promise<void> {
    await this.rateLimit.consume(rateLimits.linkTokenPerIp, http.ip);
    await this.passwordReset.reset(token, request.password);
  }

  @Public()
  @Post('unlock-link')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiAcceptedResponse({
    description:
      'A link to log in on this device right away was mailed if the address has an account; the answer is the same either way',
  })
  @ApiTooManyRequestsResponse({ description: 'Too many requests', schema: errorBodyOpenApi })
  async requestUnlockLink(
    @ValidBody(unlockLinkRequestSchema) request: UnlockLinkRequest,
    @Req() http: AuthenticatedRequest,
  ): Promise<void> {
    await this.rateLimit.consume(rateLimits.unlockLinkPerIp, http.ip);
    await this.rateLimit.consume(rateLimits.unlockLinkPerAddress, request.email);
    await this.unlockLinks.request(request.email);
  }

  @Public()
  @Post('unlock/:token')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({
    description:
      'The account no longer waits after failed attempts, and this browser is a known device of it',
  })
  @ApiNotFoundResponse({
    description: 'The link has expired or was used',
    schema: errorBodyOpenApi,
  })
  @ApiTooManyRequestsResponse({ description: 'Too many requests', schema: errorBodyOpenApi })
  async unlock(
    @Param('token') token: string,
    @Req() http: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.rateLimit.consume(rateLimits.linkTokenPerIp, http.ip);
    const email = await this.unlockLinks.use(token);
    await this.throttle.clearAccount(email);
    const deviceToken = await this.devices.remember(email, deviceCookieOf(http));
    setDeviceCookie(reply, this.config, deviceToken, KNOWN_DEVICE_SECONDS);
  }

  private loggedIn(reply: FastifyReply, outcome: LoginSuccess): CurrentUser {
    setSessionCookie(reply, this.config, outcome.token, outcome.expiresAt);
    setDeviceCookie(reply, this.config, outcome.deviceToken, KNOWN_DEVICE_SECONDS);
    return outcome.user;
  }

  /** A new login replaces the session this browser had, so it cannot be reused. */
  private async endCurrentSession(request: AuthenticatedRequest): Promise<void> {
    if (request.auth) {
      await this.sessions.end(request.auth.tokenHash);
    }
  }

  private clientOf(request: AuthenticatedRequest): ClientInfo {
    return {
      ip: request.ip,
      userAgent: request.headers['user-agent'],
      deviceToken: deviceCookieOf(request),
    };
  }
}
