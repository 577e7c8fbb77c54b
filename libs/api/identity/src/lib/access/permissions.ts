import type { TeamPermissionName } from '@leerruimte/api-core';
import type { TeamRole } from '@leerruimte/shared-contracts';

/**
 * What a person may do, and where. Team permissions come from a team membership (or from
 * managing the team's organisation, where stated); organisation permissions from being its admin.
 */
export type TeamPermission = TeamPermissionName;
export type OrganisationPermission = 'organisation.manage';

export const teamRolePermissions: Record<TeamRole, readonly TeamPermission[]> = {
  professional: ['team.view', 'team.member'],
  team_lead: ['team.view', 'team.member', 'team.lead'],
};

/**
 * Managing an organisation includes seeing and managing who is in its teams, but not leading
 * them: an organisation admin does not read a team's reflections.
 */
export const organisationAdminTeamPermissions: readonly TeamPermission[] = [
  'team.view',
  'team.manage_members',
];
