const { nodeJestConfig } = require('../../../jest.node.cjs');

module.exports = nodeJestConfig({
  displayName: 'api-infrastructure:integration',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.int-spec.ts'],
  integration: true,
});
