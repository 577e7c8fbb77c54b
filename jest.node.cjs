// Jest settings shared by every Node (API, worker, shared) project. NestJS 12 is ESM-only, so
// TypeScript is compiled to ES modules and Jest runs with --experimental-vm-modules.
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.base.json');

const reporter = (name) => ['default', [`${__dirname}/tools/jest/summary-reporter.cjs`, { name }]];

function nodeJestConfig({
  displayName,
  rootDir,
  testMatch = ['<rootDir>/src/**/*.spec.ts'],
  integration = false,
}) {
  return {
    displayName,
    reporters: reporter(displayName.replace(':', '-')),
    ...(integration && {
      // A fresh database per run, created and dropped here; never the developer's data.
      globalSetup: `${__dirname}/tools/jest/integration-global-setup.cjs`,
      globalTeardown: `${__dirname}/tools/jest/integration-global-teardown.cjs`,
      testTimeout: 30_000,
      // A test that fails half-way can leave a connection open; the run must still end (CI).
      forceExit: true,
    }),
    rootDir,
    testEnvironment: 'node',
    testMatch,
    extensionsToTreatAsEsm: ['.ts'],
    transform: {
      '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: `${rootDir}/tsconfig.spec.json` }],
    },
    moduleNameMapper: {
      '^(\\.{1,2}/.*)\\.js$': '$1',
      ...pathsToModuleNameMapper(compilerOptions.paths, { prefix: `${__dirname}/` }),
    },
  };
}

module.exports = { nodeJestConfig, reporter };
