import { type ExecutionContext, createParamDecorator } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { TeamRole } from '@leerruimte/shared-contracts';

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

/** The request as the authentication guard leaves it: the session's team roles read with it. */
type RequestWithTeamRoles = FastifyRequest & {
  grants?: { teamRoles: ReadonlyMap<string, TeamRole> };
};

/**
 * The teams the logged-in person leads, from the grants read with their session (no query):
 * `@LedTeams() led: ReadonlySet<string>`. For what a lead sees of their team anyway.
 */
export const LedTeams = createParamDecorator(
  (_: unknown, context: ExecutionContext): ReadonlySet<string> => {
    const roles = context.switchToHttp().getRequest<RequestWithTeamRoles>().grants?.teamRoles;
    const led = new Set<string>();
    for (const [teamId, role] of roles ?? []) if (role === 'team_lead') led.add(teamId);
    return led;
  },
);
