import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply } from 'fastify';
import { APP_CONFIG, type AppConfig, IS_PUBLIC, WITHOUT_CSRF } from '@leerruimte/api-core';
import { CachesByPerson } from '@leerruimte/api-infrastructure';
import type { GrantedRequest } from '../access/access-policy';
import { identityErrors } from '../identity.errors';
import { csrfMatches, ensureCsrfCookie, sessionCookieOf } from '../sessions/cookies';
import { SessionService } from '../sessions/session.service';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The one place that decides who is calling: checks the CSRF token on state-changing requests,
 * resolves the session cookie, and turns away anonymous callers of non-public routes.
 */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
    private readonly heldByPerson: CachesByPerson,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') {
      return true;
    }
    const request = context.switchToHttp().getRequest<GrantedRequest>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    ensureCsrfCookie(request, reply, this.config);
    const withoutCsrf = this.reflector.getAllAndOverride<boolean>(WITHOUT_CSRF, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!SAFE_METHODS.has(request.method) && !withoutCsrf && !csrfMatches(request)) {
      throw identityErrors.csrfFailed();
    }
    const token = sessionCookieOf(request);
    const caller = token ? await this.sessions.resolve(token) : undefined;
    if (caller) {
      if (!SAFE_METHODS.has(request.method)) {
        this.heldByPerson.forgetPerson(caller.userId);
      }
      const { userId, tokenHash, ssoOrganisationId } = caller;
      request.auth = { userId, tokenHash, ssoOrganisationId };
      // Read with the session, so the authorization guard needs no query of its own.
      request.grants = caller.grants;
    }
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!isPublic && !request.auth) {
      throw identityErrors.unauthenticated();
    }
    return true;
  }
}
