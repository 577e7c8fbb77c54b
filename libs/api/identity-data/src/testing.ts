// Test data factories, imported as '@leerruimte/api-identity-data/testing' by tests only.
import type { DataSource } from 'typeorm';
import type { TeamRole } from '@leerruimte/shared-contracts';
import { insertRow } from '@leerruimte/api-infrastructure/testing';
import { OrganisationAdmin, TeamMembership } from './lib/entities/membership.entity';
import { Organisation } from './lib/entities/organisation.entity';
import { Team } from './lib/entities/team.entity';
import { User } from './lib/entities/user.entity';

let people = 0;

/** Organisations, teams and people, each with what a test does not care about filled in. */
export function identityFactories(db: DataSource) {
  const organisation = (name = 'Gemeente Testdorp') => insertRow(db, Organisation, { name });
  const team = (organisationId: string, name = 'Wijkteam Noord') =>
    insertRow(db, Team, { organisationId, name });
  /** A person with a unique address, who cannot log in unless the test gives a password hash. */
  const person = (name = `Persoon ${people + 1}`, values: Partial<User> = {}) =>
    insertRow(db, User, {
      name,
      email: `${name.toLowerCase().replace(/[^a-z0-9]+/g, '.')}.${++people}@test.test`,
      passwordHash: '',
      ...values,
    });
  const member = async (userId: string, teamId: string, role: TeamRole = 'professional') => {
    await insertRow(db, TeamMembership, { userId, teamId, role });
  };
  return {
    organisation,
    team,
    person,
    member,
    organisationAdmin: async (userId: string, organisationId: string) => {
      await insertRow(db, OrganisationAdmin, { userId, organisationId });
    },
    /** A team in an organisation of its own, with these people in it as professionals. */
    teamWith: async (names: readonly string[], teamName = 'Wijkteam Noord') => {
      const organisationId = await organisation(`Gemeente bij ${teamName}`);
      const teamId = await team(organisationId, teamName);
      const userIds: string[] = [];
      for (const name of names) {
        const userId = await person(name);
        await member(userId, teamId);
        userIds.push(userId);
      }
      return { organisationId, teamId, userIds };
    },
  };
}
