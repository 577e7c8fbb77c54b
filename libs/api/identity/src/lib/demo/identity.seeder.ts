import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@leerruimte/api-core';
import { DemoSeed, type DemoSeeder } from '@leerruimte/api-infrastructure';
import type { TeamRole } from '@leerruimte/shared-contracts';
import {
  Organisation,
  OrganisationAdmin,
  Team,
  TeamMembership,
  TeamPrivacyAllowance,
  User,
} from '@leerruimte/api-identity-data';
import { PasswordHasher } from '../passwords/password-hasher';
import { totpSecretBox } from '../two-factor/totp';
import demoAccounts from './demo-accounts.json' with { type: 'json' };

interface DemoPerson {
  email: string;
  name: string;
  platformAdmin?: boolean;
  organisationAdmin?: boolean;
  /** Admins need 2FA; `npm run demo:code` shows the current code for these secrets. */
  twoFactorSecret?: string;
  teams?: Record<string, TeamRole>;
}

/**
 * Gemeente Voorbeeldstad with three wijkteams and people in every role. `npm start` prints the
 * logins from the same file.
 */
@DemoSeed({ name: 'identity: Gemeente Voorbeeldstad', order: 10 })
@Injectable()
export class IdentitySeeder implements DemoSeeder {
  constructor(
    private readonly hasher: PasswordHasher,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async seed(manager: EntityManager): Promise<void> {
    const organisation = await manager.save(Organisation, { name: demoAccounts.organisation });
    const teams = new Map<string, Team>();
    for (const name of demoAccounts.teams) {
      teams.set(name, await manager.save(Team, { name, organisationId: organisation.id }));
    }
    const passwordHash = await this.hasher.hash(demoAccounts.password);
    const secrets = totpSecretBox(this.config);
    for (const person of demoAccounts.people as DemoPerson[]) {
      const user = await manager.save(User, {
        email: person.email,
        name: person.name,
        passwordHash,
        emailVerifiedAt: new Date(),
        platformAdmin: person.platformAdmin ?? false,
        ...(person.twoFactorSecret && {
          totpSecret: secrets.seal(person.twoFactorSecret),
          twoFactorEnabledAt: new Date(),
        }),
      });
      if (person.organisationAdmin) {
        await manager.insert(OrganisationAdmin, {
          userId: user.id,
          organisationId: organisation.id,
        });
      }
      for (const [teamName, role] of Object.entries(person.teams ?? {})) {
        const team = teams.get(teamName);
        if (!team) throw new Error(`Demo person ${person.email} names unknown team ${teamName}`);
        await manager.insert(TeamMembership, { userId: user.id, teamId: team.id, role });
      }
    }
    // What Wijkteam Noord writes often and is no client's: its lead keeps this list.
    const noord = teams.get('Wijkteam Noord');
    if (noord) {
      await manager.insert(
        TeamPrivacyAllowance,
        ['Wijkteam Noord, Stationsplein 1', '14 030'].map((fragment) => ({
          teamId: noord.id,
          fragment,
        })),
      );
    }
  }
}
