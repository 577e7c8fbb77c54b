import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { TeamRole } from '@leerruimte/shared-contracts';
import { accountGrantsOf, administeredOrganisationIds, teamRolesOf } from './access.queries';
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

/**
 * The one place that answers "may this person do X on this team / organisation?". Routes say
 * what they need (RequirePermission); the guard asks here; services never decide on their own.
 */
@Injectable()
export class AccessPolicy {
  constructor(private readonly dataSource: DataSource) {}

  async grantsFor(userId: string): Promise<Grants> {
    const [user, teams, organisationIds] = await Promise.all([
      accountGrantsOf(this.dataSource, userId),
      teamRolesOf(this.dataSource, userId),
      administeredOrganisationIds(this.dataSource, userId),
    ]);
    return {
      userId,
      platformAdmin: user?.platform_admin ?? false,
      teamRoles: new Map(teams.map((row) => [row.team_id, row.role])),
      adminOf: new Set(organisationIds),
      twoFactor: user?.two_factor ?? false,
    };
  }

  mayInOrganisation(grants: Grants, permission: OrganisationPermission, organisationId: string) {
    return permission === 'organisation.manage' && this.administers(grants, organisationId);
  }

  /** `organisationId` is the team's own organisation, looked up by the caller. */
  mayInTeam(grants: Grants, permission: TeamPermission, teamId: string, organisationId: string) {
    const role = grants.teamRoles.get(teamId);
    if (role && teamRolePermissions[role].includes(permission)) {
      return true;
    }
    return (
      this.administers(grants, organisationId) &&
      organisationAdminTeamPermissions.includes(permission)
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
