import { CreateSeedHistory1795370050799 } from './1795370050799-CreateSeedHistory';
import { CreateIdentity1795372513143 } from './1795372513143-CreateIdentity';

/** Every migration, oldest first. `npm run db:migration:generate` appends to this list. */
export const migrations = [CreateSeedHistory1795370050799, CreateIdentity1795372513143];
