const { angularJestConfig } = require('../../../../jest.angular.cjs');

module.exports = angularJestConfig({
  displayName: 'web-notifications-data-access',
  rootDir: __dirname,
});
