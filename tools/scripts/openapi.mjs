// npm run openapi:generate: writes libs/shared/contracts/openapi.json from the API's code.
// Booting the API needs a database and Redis, so this uses a scratch database that is dropped.
import { assertNode24, run } from './lib/processes.mjs';
import { testServices, withScratchDatabase } from './lib/scratch-database.mjs';

assertNode24();

const mode = process.argv[2] === 'check' ? '--check' : '--write';
const build = await run('nx', ['run', 'api:build', '--output-style=static']);
if (build.code !== 0) process.exit(build.code);
const code = await withScratchDatabase('openapi', async (env) => {
  await run(process.execPath, ['dist/apps/api/cli.js', 'migrate'], { env, quiet: true });
  return (await run(process.execPath, ['dist/apps/api/cli.js', 'openapi', mode], { env })).code;
});
await (await testServices()).stop();
process.exit(code);
