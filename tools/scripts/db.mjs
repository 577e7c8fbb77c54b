// npm run db:migrate | db:check | db:migration:generate -- <Name> | db:rollup | content:import:
// the database CLI against the local database (DATABASE_URL, or the embedded one in .data/postgres).
import { assertNode24, run } from './lib/processes.mjs';
import { localPostgres, localRedis } from './lib/services.mjs';

assertNode24();

const [command, ...args] = process.argv.slice(2);
const say = (message) => console.log(`[leerruimte] ${message}`);

const postgres = await localPostgres(say);
let exitCode = 1;
try {
  // check and generate boot the whole application, which connects to Redis too.
  const redis = command === 'migrate' ? undefined : await localRedis(say);
  try {
    const env = {
      ...process.env,
      DATABASE_URL: postgres.url,
      ...(redis && { REDIS_URL: redis.url }),
    };
    if (command !== 'migrate') {
      const migrated = await run(process.execPath, ['dist/apps/api/cli.js', 'migrate'], { env });
      if (migrated.code !== 0) throw new Error('Migrating failed');
    }
    ({ code: exitCode } = await run(process.execPath, ['dist/apps/api/cli.js', command, ...args], {
      env,
    }));
  } finally {
    await redis?.stop();
  }
} catch (error) {
  console.error(`[leerruimte] ${error instanceof Error ? error.message : error}`);
} finally {
  await postgres.stop();
}
process.exit(exitCode);
