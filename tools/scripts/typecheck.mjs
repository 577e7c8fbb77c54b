// Type-checks the whole workspace as six TypeScript programs instead of two per project: each
// per-project run checks again every library it imports, so ninety runs re-read the same
// sources; one program per kind of code reads each file once. The per-project `typecheck`
// targets stay for `nx affected` while working on one library.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { run } from './lib/processes.mjs';

/** What each program checks, with the compiler settings that code has in its own project. */
const programs = [
  ['API, worker (source)', 'tools/workspace/typecheck/tsconfig.api.json'],
  ['API, worker and shared (with tests)', 'tools/workspace/typecheck/tsconfig.node-tests.json'],
  ['shared libraries (no Node, no DOM)', 'tools/workspace/typecheck/tsconfig.shared.json'],
  ['web (source)', 'tools/workspace/typecheck/tsconfig.web.json'],
  ['web (with tests)', 'tools/workspace/typecheck/tsconfig.web-tests.json'],
  ['end-to-end tests', 'e2e/tsconfig.json'],
];

/** Where the programs above look: a project elsewhere would go unchecked, so that fails. */
const covered = [
  /^libs\/api\/[^/]+$/,
  /^libs\/shared\/[^/]+$/,
  /^libs\/web\/.+$/,
  /^apps\/(api|worker|web)$/,
  /^e2e$/,
];

function projectRoots(dir) {
  const entries = readdirSync(dir, { withFileTypes: true });
  const here = entries.some((entry) => entry.name === 'project.json') ? [dir] : [];
  return here.concat(
    entries
      .filter(
        (entry) =>
          entry.isDirectory() && !['node_modules', 'src', 'dist', 'tmp'].includes(entry.name),
      )
      .flatMap((entry) => projectRoots(join(dir, entry.name))),
  );
}

const unchecked = ['libs', 'apps', 'e2e']
  .flatMap((dir) => projectRoots(dir))
  .filter((root) => !covered.some((pattern) => pattern.test(root)));
if (unchecked.length > 0) {
  console.error(
    `No type-check program covers: ${unchecked.join(', ')} (tools/workspace/typecheck)`,
  );
  process.exit(1);
}

/** Two at a time: the machines this runs on (and CI) have two cores. */
const PARALLEL = 2;

const results = [];
const queue = [...programs];
await Promise.all(
  Array.from({ length: PARALLEL }, async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [name, project] = next;
      const started = Date.now();
      const { code, output } = await run('tsc', ['-p', project, '--noEmit'], { quiet: true });
      results.push({ name, project, ok: code === 0, seconds: (Date.now() - started) / 1000 });
      if (code !== 0) process.stdout.write(`\n${name} (${project}):\n${output}`);
    }
  }),
);

console.log('\n| program | result | seconds |\n| --- | --- | --- |');
for (const { name, ok, seconds } of results) {
  console.log(`| ${name} | ${ok ? 'ok' : 'FAILED'} | ${seconds.toFixed(1)} |`);
}
process.exit(results.every((result) => result.ok) ? 0 : 1);
