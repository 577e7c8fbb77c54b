import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CurrentUser } from '@leerruimte/shared-contracts';
import { User } from '@leerruimte/api-identity-data';
import { organisationsOfUser, recoveryCodesLeft, teamsOfUser } from './current-user.queries';

/** Everything the web app needs to know about the logged-in person, in a few queries. */
@Injectable()
export class CurrentUserQuery {
  constructor(private readonly dataSource: DataSource) {}

  async forUser(userId: string): Promise<CurrentUser | undefined> {
    const user = await this.dataSource.getRepository(User).findOneBy({ id: userId });
    if (!user) {
      return undefined;
    }
    const [teams, organisations, codesLeft] = await Promise.all([
      teamsOfUser(this.dataSource, userId),
      organisationsOfUser(this.dataSource, userId),
      recoveryCodesLeft(this.dataSource, userId),
    ]);
    return {
      id: user.id,
      email: user.email,
      name: user.name,
      locale: user.locale,
      platformAdmin: user.platformAdmin,
      emailNotifications: user.emailNotifications,
      // A team the person has since left is no longer theirs to start in.
      preferredTeamId: teams.some((team) => team.id === user.preferredTeamId)
        ? user.preferredTeamId
        : null,
      twoFactor: {
        enabled: user.twoFactorEnabledAt !== null,
        required: user.platformAdmin || organisations.some((organisation) => organisation.admin),
        recoveryCodesLeft: codesLeft,
      },
      organisations,
      teams: teams.map((team) => ({
        id: team.id,
        name: team.name,
        organisationId: team.organisation_id,
        organisationName: team.organisation_name,
        role: team.role,
      })),
    };
  }
}
