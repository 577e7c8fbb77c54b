import type { CurrentUser, TeamRole } from '@leerruimte/shared-contracts';

/** Someone logged in, for a spec: in team "team" with the given role unless told otherwise. */
export function currentUser(
  role: TeamRole = 'professional',
  overrides: Partial<CurrentUser> = {},
): CurrentUser {
  return {
    id: 'u',
    email: 'joost@voorbeeldstad.test',
    name: 'Joost Visser',
    locale: 'nl',
    platformAdmin: false,
    emailNotifications: 'each',
    preferredTeamId: null,
    registration: null,
    twoFactor: { enabled: false, required: false, recoveryCodesLeft: 0 },
    organisations: [],
    teams: [{ id: 'team', name: 'Noord', organisationId: 'o', organisationName: 'G', role }],
    ...overrides,
  };
}
