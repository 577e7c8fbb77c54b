// Jest settings shared by every Angular project (web app and web libraries).
const { createCjsPreset } = require('jest-preset-angular/presets');
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.base.json');
const { reporter } = require('./jest.node.cjs');

function angularJestConfig({ displayName, rootDir }) {
  return {
    ...createCjsPreset({ tsconfig: `${rootDir}/tsconfig.spec.json` }),
    displayName,
    rootDir,
    reporters: reporter(displayName),
    testMatch: ['<rootDir>/src/**/*.spec.ts'],
    setupFilesAfterEnv: [`${__dirname}/jest.angular.setup.ts`],
    moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: `${__dirname}/` }),
  };
}

module.exports = { angularJestConfig };
