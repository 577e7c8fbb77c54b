const { angularJestConfig } = require('../../../../jest.angular.cjs');

module.exports = angularJestConfig({
  displayName: 'web-identity-feature-account',
  rootDir: __dirname,
});
