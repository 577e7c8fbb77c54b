import { SetMetadata } from '@nestjs/common';
import type { DelegatedAccessName } from './delegated-access';

/** `team.member`: being in the team; unlike `team.view`, an organisation admin does not have it. */
export type TeamPermissionName = 'team.view' | 'team.member' | 'team.lead' | 'team.manage_members';

/** What a route needs. Every route declares exactly one: @Public, @LoggedIn or @RequirePermission. */
export type AccessRequirement =
  | { kind: 'logged-in' }
  | {
      kind: 'team';
      permission: TeamPermissionName;
      param: string;
      /** Who lacks the permission may still pass by this delegation (see delegated-access.ts). */
      orDelegate?: DelegatedAccessName;
    }
  | { kind: 'organisation'; permission: 'organisation.manage'; param: string }
  | { kind: 'platform'; permission: 'platform.manage' };

export const ACCESS_REQUIREMENT = 'leerruimte:access';

/** Any logged-in person, about themselves (their profile, their sessions). */
export const LoggedIn = () =>
  SetMetadata(ACCESS_REQUIREMENT, { kind: 'logged-in' } satisfies AccessRequirement);

/**
 * A permission on the team or organisation named by a route parameter:
 * `@RequirePermission('team.lead', 'teamId')`, `@RequirePermission('organisation.manage',
 * 'organisationId')`, or `@RequirePermission('platform.manage')`.
 */
export function RequirePermission(
  permission: TeamPermissionName,
  param: string,
  options?: { orDelegate: DelegatedAccessName },
): MethodDecorator;
export function RequirePermission(
  permission: 'organisation.manage',
  param: string,
): MethodDecorator;
export function RequirePermission(permission: 'platform.manage'): MethodDecorator;
export function RequirePermission(
  permission: string,
  param?: string,
  options?: { orDelegate: DelegatedAccessName },
): MethodDecorator {
  const requirement: AccessRequirement =
    permission === 'platform.manage'
      ? { kind: 'platform', permission }
      : permission === 'organisation.manage'
        ? { kind: 'organisation', permission, param: param ?? '' }
        : {
            kind: 'team',
            permission: permission as TeamPermissionName,
            param: param ?? '',
            ...(options && { orDelegate: options.orDelegate }),
          };
  return SetMetadata(ACCESS_REQUIREMENT, requirement);
}
