const { angularJestConfig } = require('../../../../jest.angular.cjs');

module.exports = angularJestConfig({
  displayName: 'web-reflection-data-access',
  rootDir: __dirname,
});
