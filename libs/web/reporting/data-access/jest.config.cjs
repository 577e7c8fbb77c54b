const { angularJestConfig } = require('../../../../jest.angular.cjs');

module.exports = angularJestConfig({
  displayName: 'web-reporting-data-access',
  rootDir: __dirname,
});
