const { angularJestConfig } = require('../../../../jest.angular.cjs');

module.exports = angularJestConfig({
  displayName: 'web-trainings-data-access',
  rootDir: __dirname,
});
