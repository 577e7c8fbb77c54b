import { CreateSeedHistory1795370050799 } from './1795370050799-CreateSeedHistory';

/** Every migration, oldest first. `npm run db:migration:generate` appends to this list. */
export const migrations = [CreateSeedHistory1795370050799];
