import { CreateSeedHistory1795370050799 } from './1795370050799-CreateSeedHistory';
import { CreateIdentity1795372513143 } from './1795372513143-CreateIdentity';
import { CreateAuditEntry1795373207995 } from './1795373207995-CreateAuditEntry';

/** Every migration, oldest first. `npm run db:migration:generate` appends to this list. */
export const migrations = [
  CreateSeedHistory1795370050799,
  CreateIdentity1795372513143,
  CreateAuditEntry1795373207995,
];
