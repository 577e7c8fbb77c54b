import { Injectable } from '@nestjs/common';
import type { AuthenticatedRequest } from '@leerruimte/api-core';
import type { TeamRole } from '@leerruimte/shared-contracts';
import {
  type OrganisationPermission,
  type TeamPermission,
  organisationAdminTeamPermissions,
  teamRolePermissions,
} from './permissions';

/** Everything the policy needs to know about one person, read once per request. */
export interface Grants {
  userId: string;
  platformAdmin: boolean;
  teamRoles: ReadonlyMap<string, TeamRole>;
  adminOf: ReadonlySet<string>;
  /** Admin rights (platform or organisation) count only with two-factor authentication on. */
  twoFactor: boolean;
}

/** A request after the authentication guard: with a session come the grants read along with it. */
export type GrantedRequest = AuthenticatedRequest & { grants?: Grants };

/**
 * The one place that answers "may this person do X on this team / organisation?". Routes say
 * what they need (RequirePermission); the guard asks here; services never decide on their own.
 */
@Injectable()
export class AccessPolicy {
  mayInOrganisation(grants: Grants, permission: OrganisationPermission, organisationId: string) {
    return permission === 'organisation.manage' && this.administers(grants, organisationId);
  }

  /** Whether the person's own role in the team gives the permission; most requests end here. */
  mayAsMember(grants: Grants, permission: TeamPermission, teamId: string) {
    const role = grants.teamRoles.get(teamId);
    return role !== undefined && teamRolePermissions[role].includes(permission);
  }

  /** `organisationId` is the team's own organisation, looked up by the caller. */
  mayInTeam(grants: Grants, permission: TeamPermission, teamId: string, organisationId: string) {
    return (
      this.mayAsMember(grants, permission, teamId) ||
      (this.administers(grants, organisationId) &&
        organisationAdminTeamPermissions.includes(permission))
    );
  }

  mayOnPlatform(grants: Grants) {
    return grants.platformAdmin && grants.twoFactor;
  }

  /** The same grants as if 2FA were on: tells "set up 2FA first" apart from "not allowed". */
  withTwoFactor(grants: Grants): Grants {
    return { ...grants, twoFactor: true };
  }

  private administers(grants: Grants, organisationId: string) {
    return grants.twoFactor && grants.adminOf.has(organisationId);
  }
}
