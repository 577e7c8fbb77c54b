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
  ApiCreatedResponse,
  ApiGoneResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import {
  APP_CONFIG,
  type AppConfig,
  Auth,
  type AuthenticatedRequest,
  type Authentication,
  ParseIdPipe,
  Public,
  RequirePermission,
  ValidBody,
  errorBodyOpenApi,
  openApiSchema,
} from '@leerruimte/api-core';
import { RateLimiter } from '@leerruimte/api-infrastructure';
import {
  type AcceptInvitationRequest,
  type CurrentUser,
  type InvitationPreview,
  type InvitationView,
  type InviteRequest,
  acceptInvitationRequestSchema,
  currentUserSchema,
  invitationPreviewSchema,
  invitationSchema,
  inviteRequestSchema,
} from '@leerruimte/shared-contracts';
import { AuthService } from '../auth/auth.service';
import { rateLimits } from '../auth/rate-limits';
import { setSessionCookie } from '../sessions/cookies';
import { SessionService } from '../sessions/session.service';
import { InvitationsService } from './invitations.service';

@ApiTags('identity')
@Controller()
export class InvitationsController {
  constructor(
    private readonly invitations: InvitationsService,
    private readonly sessions: SessionService,
    private readonly auth: AuthService,
    private readonly rateLimit: RateLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('teams/:teamId/invitations')
  @RequirePermission('team.manage_members', 'teamId')
  @ApiCreatedResponse({ schema: openApiSchema(invitationSchema) })
  invite(
    @Param('teamId', ParseIdPipe) teamId: string,
    @ValidBody(inviteRequestSchema) request: InviteRequest,
    @Auth() auth: Authentication,
    @Req() http: AuthenticatedRequest,
  ): Promise<InvitationView> {
    return this.invitations.invite(teamId, request, { userId: auth.userId, ip: http.ip });
  }

  @Get('teams/:teamId/invitations')
  @RequirePermission('team.manage_members', 'teamId')
  @ApiOkResponse({
    description: 'Invitations not accepted yet',
    schema: openApiSchema(z.array(invitationSchema)),
  })
  pending(@Param('teamId', ParseIdPipe) teamId: string): Promise<InvitationView[]> {
    return this.invitations.pending(teamId);
  }

  @Post('teams/:teamId/invitations/:invitationId/resend')
  @RequirePermission('team.manage_members', 'teamId')
  @ApiCreatedResponse({
    description: 'A new link was sent; the old one no longer works',
    schema: openApiSchema(invitationSchema),
  })
  resend(
    @Param('teamId', ParseIdPipe) teamId: string,
    @Param('invitationId', ParseIdPipe) invitationId: string,
    @Auth() auth: Authentication,
    @Req() http: AuthenticatedRequest,
  ): Promise<InvitationView> {
    return this.invitations.resend(teamId, invitationId, { userId: auth.userId, ip: http.ip });
  }

  @Public()
  @Get('invitations/:token')
  @ApiOkResponse({ schema: openApiSchema(invitationPreviewSchema) })
  @ApiTooManyRequestsResponse({ description: 'Too many requests', schema: errorBodyOpenApi })
  async preview(
    @Param('token') token: string,
    @Req() http: AuthenticatedRequest,
  ): Promise<InvitationPreview> {
    await this.rateLimit.consume(rateLimits.linkTokenPerIp, http.ip);
    return this.invitations.preview(token);
  }

  @Public()
  @Post('invitations/:token/accept')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({
    description: 'In the team, and logged in',
    schema: openApiSchema(currentUserSchema),
  })
  @ApiGoneResponse({ description: 'The invitation has expired', schema: errorBodyOpenApi })
  @ApiTooManyRequestsResponse({ description: 'Too many requests', schema: errorBodyOpenApi })
  async accept(
    @Param('token') token: string,
    @ValidBody(acceptInvitationRequestSchema) request: AcceptInvitationRequest,
    @Req() http: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CurrentUser> {
    await this.rateLimit.consume(rateLimits.linkTokenPerIp, http.ip);
    const { userId, newAccount } = await this.invitations.accept(
      token,
      request,
      http.auth?.userId,
      http.ip,
    );
    if (newAccount) {
      if (http.auth) {
        // The browser was logged in as someone else; the new account takes over.
        await this.sessions.end(http.auth.tokenHash);
      }
      const { token: sessionToken, expiresAt } = await this.sessions.start(userId, {
        ip: http.ip,
        userAgent: http.headers['user-agent'],
      });
      setSessionCookie(reply, this.config, sessionToken, expiresAt);
    }
    return this.auth.me(userId);
  }
}
