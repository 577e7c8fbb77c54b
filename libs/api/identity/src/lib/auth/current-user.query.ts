import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CurrentUser, TeamRole } from '@leerruimte/shared-contracts';
import { User } from '@leerruimte/api-identity-data';

/** Everything the web app needs to know about the logged-in person, in a few queries. */
@Injectable()
export class CurrentUserQuery {
  constructor(private readonly dataSource: DataSource) {}

  async forUser(userId: string): Promise<CurrentUser | undefined> {
    const user = await this.dataSource.getRepository(User).findOneBy({ id: userId });
    if (!user) {
      return undefined;
    }
    const [teams, organisations, [recoveryCodes]]: [
      Array<{
        id: string;
        name: string;
        organisation_id: string;
        organisation_name: string;
        role: TeamRole;
      }>,
      Array<{ id: string; name: string; admin: boolean }>,
      Array<{ left: number }>,
    ] = await Promise.all([
      this.dataSource.query(
        `SELECT t.id, t.name, o.id AS organisation_id, o.name AS organisation_name, m.role
           FROM team_membership m
           JOIN team t ON t.id = m.team_id
           JOIN organisation o ON o.id = t.organisation_id
          WHERE m.user_id = $1
          ORDER BY o.name, t.name`,
        [userId],
      ),
      this.dataSource.query(
        `SELECT o.id, o.name, bool_or(a.user_id IS NOT NULL) AS admin
           FROM organisation o
           LEFT JOIN organisation_admin a ON a.organisation_id = o.id AND a.user_id = $1
          WHERE a.user_id IS NOT NULL
             OR o.id IN (SELECT t.organisation_id FROM team_membership m
                           JOIN team t ON t.id = m.team_id WHERE m.user_id = $1)
          GROUP BY o.id, o.name
          ORDER BY o.name`,
        [userId],
      ),
      this.dataSource.query(
        `SELECT count(*)::int AS left FROM recovery_code WHERE user_id = $1 AND used_at IS NULL`,
        [userId],
      ),
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
        recoveryCodesLeft: recoveryCodes?.left ?? 0,
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
