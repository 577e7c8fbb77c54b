import { AuditEntry } from './audit/audit-entry.entity';
import { OrganisationAdmin, TeamMembership } from './entities/membership.entity';
import { Organisation } from './entities/organisation.entity';
import { TeamPrivacyAllowance } from './entities/privacy-allowance.entity';
import { UserSession } from './entities/session.entity';
import { Team } from './entities/team.entity';
import { User } from './entities/user.entity';

/**
 * Every entity of this library. A feature whose entities point at people or teams registers
 * these too, so its relations resolve also where the identity feature is not loaded (a worker,
 * a test of that feature alone).
 */
export const identityDataEntities = [
  Organisation,
  Team,
  User,
  TeamMembership,
  OrganisationAdmin,
  UserSession,
  AuditEntry,
  TeamPrivacyAllowance,
];
