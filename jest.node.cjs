// Jest settings shared by every Node (API, worker, shared) project. NestJS 12 is ESM-only, so
// TypeScript is compiled to ES modules and Jest runs with --experimental-vm-modules.
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.base.json');

function nodeJestConfig({ displayName, rootDir, testMatch = ["<rootDir>/src/**/*.spec.ts"], integration = false }) {
  return {
    displayName,
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

module.exports = { nodeJestConfig };
