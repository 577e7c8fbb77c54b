import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CurrentUser } from '@leerruimte/shared-contracts';
import { currentUserRow } from './current-user.queries';

/** Everything the web app needs to know about the logged-in person, in one query. */
@Injectable()
export class CurrentUserQuery {
  constructor(private readonly dataSource: DataSource) {}

  async forUser(userId: string): Promise<CurrentUser | undefined> {
    const user = await currentUserRow(this.dataSource, userId);
    if (!user) {
      return undefined;
    }
    return {
      id: user.id,
      email: user.email,
      name: user.name,
      locale: user.locale,
      platformAdmin: user.platform_admin,
      emailNotifications: user.email_notifications,
      // A team the person has since left is no longer theirs to start in.
      preferredTeamId: user.teams.some((team) => team.id === user.preferred_team_id)
        ? user.preferred_team_id
        : null,
      registration:
        user.register && user.registration_number
          ? { register: user.register, number: user.registration_number }
          : null,
      twoFactor: {
        enabled: user.two_factor,
        required:
          user.platform_admin || user.organisations.some((organisation) => organisation.admin),
        recoveryCodesLeft: user.recovery_codes_left,
      },
      organisations: user.organisations,
      teams: user.teams,
    };
  }
}
