// Every project's own Jest config, split by kind: the API's run as ES modules (NestJS is
// ESM-only, so under --experimental-vm-modules), the web's through jest-preset-angular as
// CommonJS, which cannot share that process.
const { globSync, readFileSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '../..');

function unitProjects(kind) {
  return [
    ...globSync('libs/**/jest.config.cjs', { cwd: root }),
    ...globSync('apps/*/jest.config.cjs', { cwd: root }),
  ]
    .filter((path) => !path.includes('node_modules'))
    .filter(
      (path) =>
        readFileSync(join(root, path), 'utf8').includes('angularJestConfig') === (kind === 'web'),
    )
    .map((path) => {
      // A project's own reporter writes its count; here the one run's reporter does.
      const config = { ...require(join(root, path)) };
      delete config.reporters;
      return config;
    });
}

/** One Jest run over all projects of a kind: one process and its workers instead of one each. */
function unitTestsConfig(kind) {
  return {
    projects: unitProjects(kind),
    reporters: [
      'default',
      [join(root, 'tools/jest/summary-reporter.cjs'), { name: `unit-${kind}` }],
    ],
  };
}

module.exports = { unitTestsConfig };
