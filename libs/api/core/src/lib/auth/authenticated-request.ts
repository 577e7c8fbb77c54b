import { type ExecutionContext, createParamDecorator } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

export interface Authentication {
  userId: string;
  tokenHash: string;
  /** The organisation whose single sign-on made this session, if one did. */
  ssoOrganisationId: string | null;
}

/** The request after the authentication guard: `auth` is set when a valid session came with it. */
export type AuthenticatedRequest = FastifyRequest & { auth?: Authentication };

/** The logged-in person on a route that is not @Public(): `@Auth() auth: Authentication`. */
export const Auth = createParamDecorator((_: unknown, context: ExecutionContext) => {
  const auth = context.switchToHttp().getRequest<AuthenticatedRequest>().auth;
  if (!auth) {
    throw new Error(
      '@Auth() used on a route the authentication guard let through without a session',
    );
  }
  return auth;
});
